package org.reformhub.gateway.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Identities of bearer tokens the gateway has already verified, until the token expires (at most
 * {@code maxAgeSeconds}). A system calling with the same token for its whole lifetime then costs one
 * signature check, not one per request. Only successes are kept; every service still verifies the token.
 */
final class VerifiedTokens {

    private static final int MAX_ENTRIES = 20_000;

    private record Entry(SecurityIdentity identity, long validUntilMillis) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final long maxAgeMillis;

    VerifiedTokens(long maxAgeSeconds) {
        this.maxAgeMillis = maxAgeSeconds * 1000;
    }

    SecurityIdentity get(String token, long nowMillis) {
        Entry entry = entries.get(token);
        if (entry == null) {
            return null;
        }
        if (entry.validUntilMillis() <= nowMillis) {
            entries.remove(token, entry);
            return null;
        }
        return entry.identity();
    }

    void put(String token, SecurityIdentity identity, long nowMillis) {
        if (!(identity.getPrincipal() instanceof JsonWebToken jwt) || jwt.getExpirationTime() <= 0) {
            return;
        }
        long validUntil = Math.min(jwt.getExpirationTime() * 1000, nowMillis + maxAgeMillis);
        if (validUntil <= nowMillis) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.values().removeIf(e -> e.validUntilMillis() <= nowMillis);
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(token, new Entry(identity, validUntil));
    }
}
