package org.reformhub.console.backend;

import java.util.function.Supplier;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/**
 * A service's answer to a write, whatever its status: the REST client turns 4xx and 5xx into exceptions, and a
 * form needs the refusal itself (its field errors) to show them beside the fields.
 */
public final class Answers {

    private Answers() {
    }

    public static Response of(Supplier<Response> call) {
        try {
            return call.get();
        } catch (WebApplicationException refused) {
            return refused.getResponse();
        }
    }
}
