package org.reformhub.gateway.security;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Set;

import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private static QuarkusSecurityIdentity identityExpiringAt(long epochSeconds) {
        JwtClaims claims = new JwtClaims();
        claims.setSubject("s");
        claims.setExpirationTime(org.jose4j.jwt.NumericDate.fromSeconds(epochSeconds));
        return QuarkusSecurityIdentity.builder().setPrincipal(new DefaultJWTCallerPrincipal(claims))
                .addRoles(Set.of("supervisor")).build();
    }

    @Test
    void a_verified_token_is_known_until_it_expires() {
        VerifiedTokens tokens = new VerifiedTokens(300);
        QuarkusSecurityIdentity identity = identityExpiringAt(1_000);
        tokens.put("t", identity, 900_000);
        assertSame(identity, tokens.get("t", 999_999));
        assertNull(tokens.get("t", 1_000_000), "expired at exp");
    }

    @Test
    void nothing_is_kept_longer_than_the_maximum_age_or_after_expiry() {
        VerifiedTokens tokens = new VerifiedTokens(10);
        tokens.put("long", identityExpiringAt(10_000), 0);
        assertNull(tokens.get("long", 10_001), "capped at 10 s");
        tokens.put("expired", identityExpiringAt(5), 6_000);
        assertNull(tokens.get("expired", 6_000));
        assertNull(tokens.get("unknown", 0));
    }
}
