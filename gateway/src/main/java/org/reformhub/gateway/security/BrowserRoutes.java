package org.reformhub.gateway.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import org.eclipse.microprofile.jwt.JsonWebToken;

import org.reformhub.gateway.GatewayTexts;
import org.reformhub.gateway.routing.ProblemResponses;
import org.reformhub.kernel.problem.ProblemType;

/**
 * {@code /login} starts (and ends) the authorization-code flow, {@code /me} tells a browser who it is.
 * Both are guarded by the HTTP permission {@code browser}; {@code /logout} is quarkus-oidc's own.
 */
@ApplicationScoped
public class BrowserRoutes {

    void register(@Observes Router router) {
        router.get("/app").order(20).handler(ctx -> ctx.response().setStatusCode(302).putHeader("Location", "/app/").end());
        router.get("/login").order(20).handler(ctx -> ctx.response().setStatusCode(303).putHeader("Location", "/me").end());
        router.get("/me").order(20).handler(ctx -> EdgeAuthentication.identity(ctx).subscribe().with(identity -> {
            if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
                ProblemResponses.send(ctx.response(), ProblemResponses.problem(ProblemType.UNAUTHORIZED,
                        GatewayTexts.text("gateway.not-logged-in"), "/me", null));
                return;
            }
            JsonObject me = new JsonObject()
                    .put("username", claim(jwt, "preferred_username"))
                    .put("name", claim(jwt, "name"))
                    .put("roles", new JsonArray(identity.getRoles().stream().sorted().toList()))
                    .put("dept", claim(jwt, "dept"))
                    .put("uscc", claim(jwt, "uscc"));
            ctx.response().putHeader("Content-Type", "application/json").putHeader("Cache-Control", "no-store")
                    .end(me.encode());
        }, failure -> ProblemResponses.send(ctx.response(), ProblemResponses.problem(ProblemType.UNAUTHORIZED,
                GatewayTexts.text("gateway.session-invalid"), "/me", null))));
    }

    private static String claim(JsonWebToken jwt, String name) {
        Object value = jwt.getClaim(name);
        if (value == null) {
            return null;
        }
        String text = value.toString();
        // JSON-P strings print with their quotes
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"") ? text.substring(1, text.length() - 1) : text;
    }
}
