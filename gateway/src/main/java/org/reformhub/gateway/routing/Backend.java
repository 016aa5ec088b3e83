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
