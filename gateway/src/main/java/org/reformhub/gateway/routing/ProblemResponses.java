package org.reformhub.gateway.routing;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.Json;

import org.reformhub.kernel.problem.Problem;
import org.reformhub.kernel.problem.ProblemType;

/**
 * problem+json written by the gateway itself (backend down or slow, rate limit, authentication): the
 * kernel's {@link Problem} shape and {@link ProblemType}s, written with Vert.x because the gateway has no
 * JAX-RS stack for the services' exception mappers.
 */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Problem problem(ProblemType type, String detail, String instance, String requestId) {
        return type.problem(detail).withContext(instance, requestId);
    }

    public static void send(HttpServerResponse response, Problem problem) {
        if (response.headWritten()) {
            response.reset();
            return;
        }
        if (problem.correlationId() != null) {
            response.putHeader(RequestHygiene.REQUEST_ID, problem.correlationId());
        }
        response.setStatusCode(problem.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Cache-Control", "no-store")
                .end(encode(problem));
    }

    public static String encode(Problem problem) {
        return Json.encode(problem);
    }
}
