package org.reformhub.gateway.routing;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.vertx.core.net.SocketAddress;

/** The instances behind one route, chosen round-robin. */
final class Backend {

    private final String name;
    private final String prefix;
    private final List<SocketAddress> instances;
    private final AtomicInteger next = new AtomicInteger();

    Backend(String name, String prefix, List<String> targets) {
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("route " + name + " has no targets");
        }
        this.name = name;
        this.prefix = prefix;
        this.instances = targets.stream().map(Backend::address).toList();
    }

    String name() {
        return name;
    }

    String prefix() {
        return prefix;
    }

    SocketAddress nextInstance() {
        return instances.get(Math.floorMod(next.getAndIncrement(), instances.size()));
    }

    private static SocketAddress address(String target) {
        int colon = target.lastIndexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("target must be host:port, got " + target);
        }
        return SocketAddress.inetSocketAddress(Integer.parseInt(target.substring(colon + 1).trim()),
                target.substring(0, colon).trim());
    }
}
