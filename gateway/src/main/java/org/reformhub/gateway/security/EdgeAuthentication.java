package org.reformhub.gateway.security;

import java.util.Optional;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Authentication at the edge, done by the gateway's route itself (proactive authentication is off) so
 * that every outcome becomes a problem+json answer: no or bad token 401, identity provider down 503.
 * Tokens are verified by quarkus-oidc: signature (JWKS), issuer, audience {@code reformhub-api}, expiry.
 */
public final class EdgeAuthentication {

    /** The caller the gateway forwards: the token to relay and the key it is rate-limited under. */
    public record Authenticated(String accessToken, String clientKey) {
    }

    /** Verified bearer tokens, kept until they expire (at most 5 minutes). */
    private static final VerifiedTokens VERIFIED = new VerifiedTokens(300);

    private EdgeAuthentication() {
    }

    /**
     * A bearer token is verified here through quarkus-oidc's identity provider, so that a bad token comes
     * back to the gateway as a failure (the HTTP mechanism would answer a bare 401 challenge itself);
     * browser sessions go through the mechanism, which also refreshes them.
     */
    public static Uni<SecurityIdentity> identity(RoutingContext ctx, IdentityProviderManager identities) {
        String authorization = ctx.request().getHeader("Authorization");
        if (authorization != null) {
            String token = bearerToken(authorization);
            if (token == null) {
                return Uni.createFrom().failure(new AuthenticationFailedException("not a bearer token"));
            }
            TokenAuthenticationRequest request = new TokenAuthenticationRequest(new AccessTokenCredential(token));
            HttpSecurityUtils.setRoutingContextAttribute(request, ctx);
            return identities.authenticate(request)
                    .invoke(identity -> VERIFIED.put(token, identity, System.currentTimeMillis()));
        }
        return identity(ctx);
    }

    /** The caller of a bearer token this gateway verified before and that has not expired, if there is one. */
    public static Optional<Authenticated> alreadyVerified(RoutingContext ctx) {
        String token = bearerToken(ctx.request().getHeader("Authorization"));
        return token == null ? Optional.empty() : authenticated(VERIFIED.get(token, System.currentTimeMillis()));
    }

    private static String bearerToken(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = authorization.substring(7).strip();
        return token.isEmpty() ? null : token;
    }

    /** The session-based identity (or anonymous) of the HTTP security layer. */
    public static Uni<SecurityIdentity> identity(RoutingContext ctx) {
        Uni<SecurityIdentity> deferred = ctx.get(QuarkusHttpUser.DEFERRED_IDENTITY_KEY);
        return deferred != null ? deferred : Uni.createFrom().failure(new IllegalStateException("no HTTP security"));
    }

    /** Empty for an anonymous identity or one without an access token (nothing to relay). */
    public static Optional<Authenticated> authenticated(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return Optional.empty();
        }
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        if (credential == null || credential.getToken() == null) {
            return Optional.empty();
        }
        String client = "?";
        String subject = identity.getPrincipal().getName();
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            client = String.valueOf((Object) jwt.getClaim("azp"));
            subject = jwt.getSubject() != null ? jwt.getSubject() : subject;
        }
        return Optional.of(new Authenticated(credential.getToken(), "client:" + client + ":" + subject));
    }
}
