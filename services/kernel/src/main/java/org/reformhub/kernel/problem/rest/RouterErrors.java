package org.reformhub.kernel.problem.rest;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.reformhub.kernel.problem.Problem;
import org.reformhub.kernel.problem.ProblemType;
import org.reformhub.kernel.problem.DeclaredBody;

/**
 * Errors the HTTP layer answers before any resource runs (no route, a body over the size limit) leave in
 * the same problem+json shape as everything else, not as an empty or HTML body.
 */
@ApplicationScoped
public class RouterErrors {

    private final long maxBodyBytes;

    public RouterErrors(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10M") MemorySize maxBody) {
        this.maxBodyBytes = maxBody.asLongValue();
    }

    void register(@Observes Router router) {
        // a declared body over the limit is refused before it is read, in the one error shape (the HTTP layer's
        // own 413 has an empty body)
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            if (ctx.request().uri().toLowerCase(java.util.Locale.ROOT).contains("%00")) {
                // PostgreSQL stores no NUL: a path or query parameter with one is refused here, not by the database
                send(ctx, ProblemType.MALFORMED_REQUEST, "请求地址含有 NUL（%00）字符");
            } else if (DeclaredBody.exceeds(length, maxBodyBytes)) {
                ctx.response().putHeader("Connection", "close");
                send(ctx, ProblemType.PAYLOAD_TOO_LARGE, "请求体超过上限（" + maxBodyBytes / 1024 / 1024 + " MB）");
            } else {
                ctx.next();
            }
        });
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
