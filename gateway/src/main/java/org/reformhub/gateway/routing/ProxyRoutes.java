package org.reformhub.gateway.routing;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import org.jboss.logging.Logger;

/**
 * Reverse-proxies each configured prefix to its backend instances with Vert.x HTTP Proxy. Authentication
 * has already happened (Quarkus HTTP security runs before these routes); the bearer token is relayed as is.
 */
@ApplicationScoped
public class ProxyRoutes {

    private static final Logger LOG = Logger.getLogger(ProxyRoutes.class);

    private final GatewaySettings settings;

    public ProxyRoutes(GatewaySettings settings) {
        this.settings = settings;
    }

    void register(@Observes Router router, Vertx vertx) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) settings.connectTimeout().toMillis())
                .setKeepAlive(true)
                .setMaxPoolSize(64));
        // longest prefix first, so /api/registry/x never lands on a shorter route
        List<Backend> backends = settings.routes().entrySet().stream()
                .map(e -> new Backend(e.getKey(), e.getValue().prefix(), e.getValue().targets()))
                .sorted(Comparator.comparing((Backend b) -> b.prefix().length()).reversed())
                .toList();
        for (Backend backend : backends) {
            HttpProxy proxy = HttpProxy.reverseProxy(client)
                    .originRequestProvider((request, httpClient) -> httpClient.request(new RequestOptions()
                            .setServer(backend.nextInstance())
                            .setTimeout(settings.backendTimeout().toMillis())))
                    .addInterceptor(new EdgeInterceptor(backend));
            router.route(backend.prefix() + "*").order(10).handler(ctx -> forward(ctx, proxy));
            LOG.infof("route %s* -> %s", backend.prefix(), backend.name());
        }
    }

    private static void forward(RoutingContext ctx, HttpProxy proxy) {
        RequestHygiene.stripUntrustedHeaders(ctx.request().headers());
        RequestHygiene.ensureRequestId(ctx.request().headers());
        proxy.handle(ctx.request());
    }

    /** Turns an unreachable or slow backend into 502/504 problem+json and echoes the request id. */
    private static final class EdgeInterceptor implements ProxyInterceptor {
        private final Backend backend;

        EdgeInterceptor(Backend backend) {
            this.backend = backend;
        }

        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            return context.sendRequest().recover(error -> {
                boolean timeout = error instanceof TimeoutException
                        || String.valueOf(error.getMessage()).toLowerCase().contains("timeout");
                int status = timeout ? HttpResponseStatus.GATEWAY_TIMEOUT.code() : HttpResponseStatus.BAD_GATEWAY.code();
                String requestId = context.request().headers().get(RequestHygiene.REQUEST_ID);
                LOG.warnf("backend %s failed for %s [%s]: %s", backend.name(), context.request().getURI(), requestId, error);
                var problem = ProblemResponses.problem(status, timeout ? "gateway-timeout" : "bad-gateway",
                        timeout ? "后端服务响应超时" : "后端服务暂不可用", "backend " + backend.name()
                                + (timeout ? " did not answer in time" : " is unreachable"),
                        context.request().getURI(), requestId);
                ProxyResponse response = context.request().response()
                        .setStatusCode(status)
                        .setStatusMessage(HttpResponseStatus.valueOf(status).reasonPhrase())
                        .setBody(Body.body(Buffer.buffer(problem.encode())));
                response.headers().clear();
                response.headers().set("Content-Type", "application/problem+json");
                return Future.succeededFuture(response);
            });
        }

        @Override
        public Future<Void> handleProxyResponse(ProxyContext context) {
            String requestId = context.request().headers().get(RequestHygiene.REQUEST_ID);
            if (requestId != null) {
                context.response().headers().set(RequestHygiene.REQUEST_ID, requestId);
            }
            return context.sendResponse();
        }
    }
}
