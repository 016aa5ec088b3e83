package org.reformhub.gateway.routing;

import java.util.concurrent.TimeoutException;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import org.jboss.logging.Logger;

import org.reformhub.gateway.GatewayTexts;
import org.reformhub.kernel.problem.Problem;
import org.reformhub.kernel.problem.ProblemType;

/** Rewrites the path, turns an unreachable or slow backend into 502/504 problem+json, echoes the request id. */
final class EdgeInterceptor implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(EdgeInterceptor.class);

    private final Backend backend;

    EdgeInterceptor(Backend backend) {
        this.backend = backend;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        context.request().setURI(backend.backendUri(context.request().getURI()));
        return context.sendRequest().recover(error -> {
            if (context.request().proxiedRequest().response().closed()) {
                // the caller hung up first and the proxy cancelled the backend call: nobody to answer, no backend fault
                LOG.debugf("caller left before %s answered %s", backend.name(), context.request().getURI());
                return Future.failedFuture(error);
            }
            boolean timeout = error instanceof TimeoutException
                    || String.valueOf(error.getMessage()).toLowerCase().contains("timeout");
            ProblemType type = timeout ? ProblemType.GATEWAY_TIMEOUT : ProblemType.BAD_GATEWAY;
            String requestId = context.request().headers().get(RequestHygiene.REQUEST_ID);
            LOG.warnf("backend %s failed for %s [%s]: %s", backend.name(), context.request().getURI(), requestId, error);
            Problem problem = ProblemResponses.problem(type,
                    GatewayTexts.text(timeout ? "gateway.backend-timeout" : "gateway.backend-unreachable", backend.name()),
                    context.request().proxiedRequest().path(), requestId);
            ProxyResponse response = context.request().response()
                    .setStatusCode(type.status())
                    .setStatusMessage(HttpResponseStatus.valueOf(type.status()).reasonPhrase())
                    .setBody(Body.body(Buffer.buffer(ProblemResponses.encode(problem))));
            response.headers().clear();
            response.headers().set("Content-Type", Problem.MEDIA_TYPE);
            return Future.succeededFuture(response);
        });
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        String requestId = context.request().headers().get(RequestHygiene.REQUEST_ID);
        if (requestId != null) {
            context.response().headers().set(RequestHygiene.REQUEST_ID, requestId);
        }
        int status = context.response().getStatusCode();
        if (status == 304 || status == 204) {
            // no body by definition: relayed as a stream, it would go out chunked, and clients that keep the
            // connection (wrk, some proxies) would wait for a terminating chunk that a 304 may not have
            context.response().setBody(null);
            context.response().headers().remove("Transfer-Encoding");
        }
        return context.sendResponse();
    }
}
