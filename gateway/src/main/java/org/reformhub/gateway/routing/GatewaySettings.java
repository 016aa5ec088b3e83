package org.reformhub.gateway.routing;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the gateway sends what, and how much it lets through ({@code gateway.*}). */
@ConfigMapping(prefix = "gateway")
public interface GatewaySettings {

    /** Route name → route. A request goes to the route with the longest matching prefix. */
    Map<String, Route> routes();

    /** Longest the gateway waits for a backend's response before answering 504. */
    @WithDefault("10s")
    Duration backendTimeout();

    @WithDefault("2s")
    Duration connectTimeout();

    /** Longest request URI (path and query) let through; longer ones are 414 problem+json. */
    @WithDefault("4096")
    int maxUriLength();

    /**
     * Largest total of request headers (names and values) let through; more is 431 problem+json. Below the
     * services' own limit (20 KB), so a forwarded request never meets the services' bare 431.
     */
    @WithDefault("16384")
    int maxHeaderBytes();

    /** Largest request body let through (the largest any service takes: a task-division table upload). */
    @WithDefault("20M")
    io.quarkus.runtime.configuration.MemorySize maxBodySize();

    RateLimit rateLimit();

    interface Route {
        /** Path prefix, e.g. {@code /api/registry/}. */
        String prefix();

        /** One or more {@code host:port}; several instances are used round-robin. */
        List<String> targets();

        /** Replaces the prefix on the way to the backend, e.g. {@code /public/registry/} → {@code /api/registry/public/}. */
        Optional<String> rewrite();

        /**
         * Cookies of the backend's own that travel with the request (the console's CSRF cookie); every other cookie,
         * the gateway's session cookie first, stays at the gateway.
         */
        Optional<List<String>> passCookies();

        /** Anonymous routes (public aggregates, API documents) skip authentication and are rate-limited per address. */
        @WithDefault("true")
        boolean authenticated();
    }

    interface RateLimit {
        /** Sustained requests per second per client (token subject and client, or address when anonymous). */
        @WithDefault("50")
        double requestsPerSecond();

        /** Requests a client may send at once before the sustained rate applies. */
        @WithDefault("100")
        int burst();
    }
}
