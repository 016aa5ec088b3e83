package org.reformhub.console.backend;

import jakarta.ws.rs.core.Response;

/**
 * A service's document (a Word table, minutes, a report) handed to the browser as the service made it: same bytes,
 * media type and file name. Downloads go through the console because the browser holds a session, not a token.
 */
public final class Downloads {

    private Downloads() {
    }

    public static Response passThrough(Response document) {
        try (document) {
            Response.ResponseBuilder answer = Response.ok(document.readEntity(byte[].class), document.getMediaType());
            String disposition = document.getHeaderString("Content-Disposition");
            if (disposition != null) {
                answer.header("Content-Disposition", disposition);
            }
            return answer.build();
        }
    }
}
