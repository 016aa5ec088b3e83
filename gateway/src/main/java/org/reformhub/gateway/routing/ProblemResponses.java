package org.reformhub.gateway.routing;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;

/**
 * problem+json written by the gateway itself (backend down or slow, rate limit, authentication). Same
 * shape and type URIs as the services' kernel mapper; the gateway has no JAX-RS stack to share it with.
 */
public final class ProblemResponses {

    public static final String BASE = "https://reformhub.org/problems/";

    private ProblemResponses() {
    }

    public static JsonObject problem(int status, String slug, String title, String detail, String instance,
                                     String requestId) {
        JsonObject problem = new JsonObject()
                .put("type", BASE + slug)
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", instance);
        if (requestId != null) {
            problem.put("correlationId", requestId);
        }
        return problem;
    }

    public static void send(HttpServerResponse response, JsonObject problem) {
        if (response.headWritten()) {
            response.reset();
            return;
        }
        String requestId = problem.getString("correlationId");
        if (requestId != null) {
            response.putHeader(RequestHygiene.REQUEST_ID, requestId);
        }
        response.setStatusCode(problem.getInteger("status"))
                .putHeader("Content-Type", "application/problem+json")
                .putHeader("Cache-Control", "no-store")
                .end(problem.encode());
    }
}
