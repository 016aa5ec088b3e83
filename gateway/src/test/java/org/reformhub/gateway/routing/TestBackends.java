package org.reformhub.gateway.routing;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;

/**
 * Backends for the gateway's component tests: an echo server that answers with what it received,
 * a slow path, and a route to a closed port. The identity provider is pointed at a closed port too,
 * so the tests also see what callers get while Keycloak is down.
 */
public class TestBackends implements QuarkusTestResourceLifecycleManager {

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        String echo = echoServer("echo");
        String twin = echoServer("twin");
        return Map.ofEntries(
                Map.entry("gateway.routes.echo.prefix", "/echo/"),
                Map.entry("gateway.routes.echo.targets", echo),
                Map.entry("gateway.routes.echo.rewrite", "/backend/"),
                Map.entry("gateway.routes.echo.authenticated", "false"),
                Map.entry("gateway.routes.secured-echo.prefix", "/api/echo/"),
                Map.entry("gateway.routes.secured-echo.targets", echo),
                Map.entry("gateway.routes.pair.prefix", "/pair/"),
                Map.entry("gateway.routes.pair.targets", echo + "," + twin),
                Map.entry("gateway.routes.pair.authenticated", "false"),
                Map.entry("gateway.routes.dead.prefix", "/dead/"),
                Map.entry("gateway.routes.dead.targets", "127.0.0.1:1"),
                Map.entry("gateway.routes.dead.authenticated", "false"),
                Map.entry("gateway.backend-timeout", "1s"),
                Map.entry("gateway.rate-limit.requests-per-second", "1000"),
                Map.entry("gateway.rate-limit.burst", "1000"),
                Map.entry("quarkus.oidc.auth-server-url", "http://127.0.0.1:1/realms/reform"),
                Map.entry("quarkus.oidc.web.auth-server-url", "http://127.0.0.1:1/realms/reform"),
                Map.entry("quarkus.oidc.connection-timeout", "1s"),
                Map.entry("quarkus.oidc.web.connection-timeout", "1s"));
    }

    /** An echo server that names itself in every answer, so that tests can see which instance answered. */
    private String echoServer(String instance) {
        HttpServer server = vertx.createHttpServer().requestHandler(request -> {
            if (request.path().contains("/slow")) {
                vertx.setTimer(3000, t -> request.response().end("late"));
                return;
            }
            JsonObject headers = new JsonObject();
            request.headers().forEach(h -> headers.put(h.getKey().toLowerCase(), h.getValue()));
            request.body().onSuccess(body -> request.response().putHeader("Content-Type", "application/json")
                    .end(new JsonObject().put("instance", instance).put("uri", request.uri())
                            .put("method", request.method().name())
                            .put("headers", headers).put("body", body.toString()).encode()));
        });
        try {
            server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(instance + " backend did not start", e);
        }
        return "127.0.0.1:" + server.actualPort();
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }
}
