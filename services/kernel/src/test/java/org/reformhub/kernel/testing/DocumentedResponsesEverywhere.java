package org.reformhub.kernel.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/** Puts {@link DocumentedResponses} on every REST Assured request of every service's component tests. */
public class DocumentedResponsesEverywhere implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (RestAssured.filters().stream().noneMatch(DocumentedResponses.class::isInstance)) {
            RestAssured.filters(new DocumentedResponses());
        }
    }
}
