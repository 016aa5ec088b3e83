package org.reformhub.kernel.problem;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Errors the HTTP layer answers before any resource runs (no route, a body over the size limit) leave in
 * the same problem+json shape as everything else, not as an empty or HTML body.
 */
@ApplicationScoped
public class RouterErrors {

    void register(@Observes Router router) {
        router.errorHandler(404, ctx -> send(ctx, ProblemType.NOT_FOUND, "没有这个地址"));
        router.errorHandler(405, ctx -> send(ctx, ProblemType.METHOD_NOT_ALLOWED, null));
        router.errorHandler(413, ctx -> send(ctx, ProblemType.PAYLOAD_TOO_LARGE, "请求体超过上限"));
    }

    private static void send(RoutingContext ctx, ProblemType type, String detail) {
        if (ctx.response().headWritten()) {
            return;
        }
        String requestId = ctx.request().getHeader(ProblemMappers.REQUEST_ID);
        Problem problem = type.problem(detail).withContext(null,
                requestId == null || requestId.isBlank() ? UUID.randomUUID().toString() : requestId);
        ctx.response().setStatusCode(type.status()).putHeader("Content-Type", Problem.MEDIA_TYPE).end(Json.encode(problem));
    }
}
