package org.reformhub.gateway.routing;

import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.security.identity.IdentityProviderManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import org.jboss.logging.Logger;

import org.reformhub.gateway.GatewayTexts;
import org.reformhub.gateway.security.EdgeAuthentication;
import org.reformhub.kernel.problem.DeclaredBody;
import org.reformhub.kernel.problem.IdentityProviderOutage;
import org.reformhub.kernel.problem.ProblemType;

/**
 * Reverse-proxies each configured prefix to its backend instances with Vert.x HTTP Proxy. For an
 * authenticated route the caller is authenticated here first (see {@link EdgeAuthentication}) and the
 * access token is relayed; every service validates it again.
 */
@ApplicationScoped
public class ProxyRoutes {

    private static final Logger LOG = Logger.getLogger(ProxyRoutes.class);

    private final GatewaySettings settings;
    private final IdentityProviderManager identities;
    private final RateLimiter rateLimiter;

    public ProxyRoutes(GatewaySettings settings, IdentityProviderManager identities) {
        this.settings = settings;
        this.identities = identities;
        this.rateLimiter = new RateLimiter(settings.rateLimit().requestsPerSecond(), settings.rateLimit().burst());
    }

    void register(@Observes Router router, Vertx vertx) {
        // longest prefix first, so /api/registry/x never lands on a shorter route
        List<Backend> backends = settings.routes().entrySet().stream()
                .map(e -> new Backend(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing((Backend b) -> b.prefix().length()).reversed())
                .toList();
        // One HTTP client per event loop: a pooled backend connection then lives on the same thread as the
        // requests that use it. A single shared client hands connections across event loops, and every
        // proxied request paid two cross-thread wake-ups for it (measured with async-profiler).
        ThreadLocal<HttpClient> clientOfThisEventLoop = ThreadLocal.withInitial(() -> vertx.createHttpClient(
                new HttpClientOptions()
                        .setConnectTimeout((int) settings.connectTimeout().toMillis())
                        .setKeepAlive(true)
                        .setMaxPoolSize(64)));
        // failures raised before a route runs (e.g. quarkus-oidc resolving the tenant) end here, not as a bare 500
        router.route().order(Integer.MIN_VALUE).failureHandler(ProxyRoutes::authenticationFailure);
        int maxUri = settings.maxUriLength();
        int maxHeaderBytes = settings.maxHeaderBytes();
        long maxBody = settings.maxBodySize().asLongValue();
        router.route().order(Integer.MIN_VALUE + 1).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            if (ctx.request().uri().length() > maxUri) {
                ctx.response().putHeader("Connection", "close");
                routerError(ctx, ProblemType.URI_TOO_LONG, GatewayTexts.text("gateway.uri-too-long", maxUri));
            } else if (headerBytes(ctx.request().headers()) > maxHeaderBytes) {
                ctx.response().putHeader("Connection", "close");
                routerError(ctx, ProblemType.HEADERS_TOO_LARGE, GatewayTexts.text("gateway.headers-too-large", maxHeaderBytes));
            } else if (DeclaredBody.exceeds(length, maxBody)) {
                // refused before the body is read, in the one error shape (the HTTP layer's own 413 is empty)
                ctx.response().putHeader("Connection", "close");
                routerError(ctx, ProblemType.PAYLOAD_TOO_LARGE, GatewayTexts.text("gateway.body-too-large", maxBody / 1024 / 1024));
            } else {
                ctx.next();
            }
        });
        // what no route takes, or takes with the wrong method or size, is answered in the one error shape too
        router.errorHandler(404, ctx -> routerError(ctx, ProblemType.NOT_FOUND, GatewayTexts.text("gateway.no-route", abbreviate(ctx.request().path()))));
        router.errorHandler(405, ctx -> routerError(ctx, ProblemType.METHOD_NOT_ALLOWED, GatewayTexts.text("gateway.method-not-allowed", ctx.request().method())));
        router.errorHandler(413, ctx -> routerError(ctx, ProblemType.PAYLOAD_TOO_LARGE, GatewayTexts.text("gateway.body-too-large-plain")));
        router.errorHandler(414, ctx -> routerError(ctx, ProblemType.URI_TOO_LONG, GatewayTexts.text("gateway.uri-too-long-plain")));
        router.errorHandler(431, ctx -> routerError(ctx, ProblemType.HEADERS_TOO_LARGE, GatewayTexts.text("gateway.headers-too-large-plain")));
        for (Backend backend : backends) {
            ThreadLocal<HttpProxy> proxyOfThisEventLoop = ThreadLocal.withInitial(() -> HttpProxy
                    .reverseProxy(clientOfThisEventLoop.get())
                    .originRequestProvider((request, httpClient) -> httpClient.request(new RequestOptions()
                            .setServer(backend.nextInstance())
                            .setTimeout(settings.backendTimeout().toMillis())))
                    .addInterceptor(new EdgeInterceptor(backend)));
            router.route(backend.prefix() + "*").order(10).handler(ctx -> forward(ctx, backend, proxyOfThisEventLoop.get()));
            LOG.infof("route %s* -> %s%s", backend.prefix(), backend.name(), backend.authenticated() ? "" : " (anonymous)");
        }
    }

    private void forward(RoutingContext ctx, Backend backend, HttpProxy proxy) {
        HttpServerRequest request = ctx.request();
        String clientAddress = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        RequestHygiene.stripUntrustedHeaders(request.headers());
        String requestId = RequestHygiene.ensureRequestId(request.headers());
        RequestHygiene.addForwarded(request.headers(), request.getHeader("Host"), request.scheme(), clientAddress);

        if (!backend.authenticated()) {
            if (admitted(ctx, "addr:" + clientAddress, requestId)) {
                request.headers().remove("Authorization");
                request.headers().remove("Cookie");
                proxy.handle(request);
            }
            return;
        }
        // the common case, a token verified before, needs no round through the identity provider
        var alreadyVerified = EdgeAuthentication.alreadyVerified(ctx);
        if (alreadyVerified.isPresent()) {
            relay(ctx, backend, alreadyVerified.get(), requestId, proxy);
            return;
        }
        // hold the body while the token is checked; the proxy resumes it when it pipes to the backend
        request.pause();
        EdgeAuthentication.identity(ctx, identities).subscribe().with(identity -> {
            var caller = EdgeAuthentication.authenticated(identity);
            if (caller.isEmpty()) {
                unauthorized(ctx, requestId, GatewayTexts.text("gateway.token-required"));
                return;
            }
            relay(ctx, backend, caller.get(), requestId, proxy);
        }, failure -> {
            if (IdentityProviderOutage.causedBy(failure)) {
                LOG.warnf("identity provider unavailable [%s]: %s", requestId, IdentityProviderOutage.rootCause(failure));
                identityProviderDown(ctx, requestId);
            } else {
                unauthorized(ctx, requestId, GatewayTexts.text("gateway.token-invalid"));
            }
        });
    }

    /** Forwards an authenticated caller's request with its access token (a browser's session cookie stays here). */
    private void relay(RoutingContext ctx, Backend backend, EdgeAuthentication.Authenticated caller, String requestId,
                       HttpProxy proxy) {
        if (admitted(ctx, caller.clientKey(), requestId)) {
            ctx.request().headers().set("Authorization", "Bearer " + caller.accessToken());
            String passed = backend.passedCookies(ctx.request().getHeader("Cookie"));
            ctx.request().headers().remove("Cookie");
            if (passed != null) {
                ctx.request().headers().set("Cookie", passed);
            }
            proxy.handle(ctx.request());
        }
    }

    /** What the headers weigh on the wire: each name, value and the four bytes around them. */
    static long headerBytes(io.vertx.core.MultiMap headers) {
        long bytes = 0;
        for (var header : headers) {
            bytes += header.getKey().length() + header.getValue().length() + 4;
        }
        return bytes;
    }

    private static String abbreviate(String path) {
        return path == null || path.length() <= 200 ? path : path.substring(0, 200) + "…";
    }

    private static void routerError(RoutingContext ctx, ProblemType type, String detail) {
        String requestId = RequestHygiene.ensureRequestId(ctx.request().headers());
        String path = ctx.request().path();
        ProblemResponses.send(ctx.response(), ProblemResponses.problem(type, detail,
                path != null && path.length() <= 200 ? path : null, requestId));
    }

    private static void authenticationFailure(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        String requestId = RequestHygiene.ensureRequestId(ctx.request().headers());
        if (failure != null && IdentityProviderOutage.causedBy(failure)) {
            LOG.warnf("identity provider unavailable [%s]: %s", requestId, IdentityProviderOutage.rootCause(failure));
            identityProviderDown(ctx, requestId);
        } else if (failure instanceof io.quarkus.security.AuthenticationFailedException
                || failure instanceof io.quarkus.security.AuthenticationCompletionException
                || (failure == null && ctx.statusCode() == 401)) {
            // quarkus-oidc may fail the route with a bare 401 and no exception for a token it rejects
            unauthorized(ctx, requestId, GatewayTexts.text("gateway.token-invalid"));
        } else if (failure == null && ctx.statusCode() == 403) {
            ProblemResponses.send(ctx.response(), ProblemResponses.problem(ProblemType.FORBIDDEN,
                    GatewayTexts.text("gateway.forbidden"), ctx.request().path(), requestId));
        } else {
            ctx.next();
        }
    }

    private static void identityProviderDown(RoutingContext ctx, String requestId) {
        ctx.response().putHeader("Retry-After", "5");
        ProblemResponses.send(ctx.response(), ProblemResponses.problem(ProblemType.SERVICE_UNAVAILABLE,
                GatewayTexts.text("gateway.identity-provider-down"), ctx.request().path(), requestId));
    }

    private boolean admitted(RoutingContext ctx, String clientKey, String requestId) {
        // set when the headers go out, so the backend's response headers cannot drop it
        String limit = Long.toString(Math.round(settings.rateLimit().requestsPerSecond()));
        ctx.addHeadersEndHandler(v -> ctx.response().headers().set("X-RateLimit-Limit", limit));
        RateLimiter.Decision decision = rateLimiter.tryAcquire(clientKey);
        if (decision.allowed()) {
            return true;
        }
        ctx.response().putHeader("Retry-After", Long.toString(decision.retryAfterSeconds()));
        ProblemResponses.send(ctx.response(), ProblemResponses.problem(ProblemType.TOO_MANY_REQUESTS,
                GatewayTexts.text("gateway.rate-limited", settings.rateLimit().requestsPerSecond()),
                ctx.request().path(), requestId));
        return false;
    }

    private static void unauthorized(RoutingContext ctx, String requestId, String detail) {
        ctx.response().putHeader("WWW-Authenticate", "Bearer realm=\"reform\"");
        ProblemResponses.send(ctx.response(), ProblemResponses.problem(ProblemType.UNAUTHORIZED, detail,
                ctx.request().path(), requestId));
    }
}
