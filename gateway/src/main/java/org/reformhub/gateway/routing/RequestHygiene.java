package org.reformhub.gateway.routing;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import io.vertx.core.MultiMap;

/**
 * Header rules at the edge: every request gets an {@code X-Request-Id} (a well-formed incoming one is
 * kept), and headers a caller must not set (forwarding chains, identity claims) never reach a
 * service; the session cookie is dropped once it has been turned into a bearer token. The gateway then sets its own {@code X-Forwarded-*}.
 */
public final class RequestHygiene {

    public static final String REQUEST_ID = "X-Request-Id";
    private static final Pattern WELL_FORMED_ID = Pattern.compile("[A-Za-z0-9._:-]{8,128}");
    private static final List<String> STRIPPED_PREFIXES = List.of("x-forwarded-", "x-auth-", "x-user", "x-remote-",
            "x-dept", "x-uscc", "x-roles", "x-identity");
    private static final List<String> STRIPPED = List.of("forwarded", "x-real-ip", "x-client-ip", "x-original-url",
            "x-rewrite-url", "remote-user");

    private RequestHygiene() {
    }

    /** Returns the request id the request carries after this call. */
    public static String ensureRequestId(MultiMap headers) {
        String incoming = headers.get(REQUEST_ID);
        String id = incoming != null && WELL_FORMED_ID.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
        headers.set(REQUEST_ID, id);
        return id;
    }

    public static void stripUntrustedHeaders(MultiMap headers) {
        List<String> names = List.copyOf(headers.names());
        for (String name : names) {
            String lower = name.toLowerCase();
            if (STRIPPED.contains(lower) || STRIPPED_PREFIXES.stream().anyMatch(lower::startsWith)) {
                headers.remove(name);
            }
        }
    }

    /** What the services need to build their own URLs (Location headers) as the caller saw them. */
    public static void addForwarded(MultiMap headers, String host, String scheme, String clientAddress) {
        if (host != null) {
            headers.set("X-Forwarded-Host", host);
        }
        headers.set("X-Forwarded-Proto", scheme);
        if (clientAddress != null) {
            headers.set("X-Forwarded-For", clientAddress);
        }
    }
}
