package org.reformhub.gateway.routing;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the gateway sends what ({@code gateway.*}). */
@ConfigMapping(prefix = "gateway")
public interface GatewaySettings {

    /** Route name → route. A request goes to the route with the longest matching prefix. */
    Map<String, Route> routes();

    /** Longest the gateway waits for a backend's response before answering 504. */
    @WithDefault("10s")
    Duration backendTimeout();

    @WithDefault("2s")
    Duration connectTimeout();

    interface Route {
        /** Path prefix, e.g. {@code /api/registry/}; forwarded unchanged. */
        String prefix();

        /** One or more {@code host:port}; several instances are used round-robin. */
        List<String> targets();
    }
}
