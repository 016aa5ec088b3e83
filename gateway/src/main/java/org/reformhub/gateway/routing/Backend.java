package org.reformhub.gateway.routing;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.vertx.core.net.SocketAddress;

/** One route: its prefix, its rewrite, and the instances behind it, chosen round-robin. */
final class Backend {

    private final String name;
    private final String prefix;
    private final String rewrite;
    private final boolean authenticated;
    private final java.util.Set<String> passCookies;
    private final List<SocketAddress> instances;
    private final AtomicInteger next = new AtomicInteger();

    Backend(String name, GatewaySettings.Route route) {
        if (route.targets().isEmpty()) {
            throw new IllegalArgumentException("route " + name + " has no targets");
        }
        this.name = name;
        this.prefix = route.prefix();
        this.rewrite = route.rewrite().orElse(route.prefix());
        this.authenticated = route.authenticated();
        this.passCookies = java.util.Set.copyOf(route.passCookies().orElse(List.of()));
        this.instances = route.targets().stream().map(Backend::address).toList();
    }

    String name() {
        return name;
    }

    String prefix() {
        return prefix;
    }

    boolean authenticated() {
        return authenticated;
    }

    /** The part of a Cookie header this backend may see (its own cookies), or null when none is left. */
    String passedCookies(String cookieHeader) {
        if (cookieHeader == null || passCookies.isEmpty()) {
            return null;
        }
        StringBuilder kept = new StringBuilder();
        for (String cookie : cookieHeader.split(";")) {
            String trimmed = cookie.strip();
            int equals = trimmed.indexOf('=');
            if (equals > 0 && passCookies.contains(trimmed.substring(0, equals))) {
                kept.append(kept.isEmpty() ? "" : "; ").append(trimmed);
            }
        }
        return kept.isEmpty() ? null : kept.toString();
    }

    SocketAddress nextInstance() {
        return instances.get(Math.floorMod(next.getAndIncrement(), instances.size()));
    }

    /** The path (and query) the backend sees. */
    String backendUri(String incomingUri) {
        return incomingUri.startsWith(prefix) ? rewrite + incomingUri.substring(prefix.length()) : incomingUri;
    }

    static SocketAddress address(String target) {
        int colon = target.lastIndexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("target must be host:port, got " + target);
        }
        return SocketAddress.inetSocketAddress(Integer.parseInt(target.substring(colon + 1).trim()),
                target.substring(0, colon).trim());
    }
}
