package org.reformhub.gateway.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.oidc.TenantResolver;
import io.vertx.ext.web.RoutingContext;

/**
 * Two ways in: systems send bearer tokens (default tenant, verified as access tokens for
 * {@code reformhub-api}); browsers log in with the authorization-code flow (tenant {@code web}) and then
 * carry only the session cookie, which the gateway turns back into the access token it relays. The web console
 * ({@code /app/}) is always the browser's: a person without a session is sent to the login page and back.
 */
@ApplicationScoped
public class BrowserTenantResolver implements TenantResolver {

    public static final String WEB = "web";
    static final String SESSION_COOKIE = "q_session_" + WEB;

    @Override
    public String resolve(RoutingContext ctx) {
        String path = ctx.request().path();
        if (path.equals("/login") || path.equals("/logout") || path.equals("/me") || path.equals("/app")
                || path.startsWith("/app/")) {
            return WEB;
        }
        if (ctx.request().getHeader("Authorization") == null && hasSession(ctx)) {
            return WEB;
        }
        return null;
    }

    private static boolean hasSession(RoutingContext ctx) {
        return ctx.request().cookies().stream().anyMatch(c -> c.getName().startsWith(SESSION_COOKIE));
    }
}
