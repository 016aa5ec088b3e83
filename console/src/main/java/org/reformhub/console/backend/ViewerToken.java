package org.reformhub.console.backend;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * Every call the console makes to a service carries the person's own access token (the one the gateway relayed):
 * the service decides what that person may see and do, as it would for any other client. Nothing is cached
 * across people; the token is the current request's.
 */
@ApplicationScoped
public class ViewerToken implements ClientHeadersFactory {

    private final JsonWebToken token;

    ViewerToken(JsonWebToken token) {
        this.token = token;
    }

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
                                                 MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        String raw = token.getRawToken();
        if (raw != null) {
            headers.putSingle("Authorization", "Bearer " + raw);
        }
        String requestId = incoming.getFirst("X-Request-Id");
        if (requestId != null) {
            headers.putSingle("X-Request-Id", requestId);
        }
        return headers;
    }
}
