package org.reformhub.kernel.event;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** Event backbone settings of one service ({@code reformhub.events.*}). */
@ConfigMapping(prefix = "reformhub.events")
public interface EventSettings {

    /** CloudEvents {@code source} of the events this service produces, e.g. {@code /reformhub/task-registry}. */
    String source();

    /** The one topic this service produces to; empty for a service that only consumes. */
    Optional<String> topic();

    /** Kafka bootstrap servers (shared with the Quarkus Kafka health check). */
    @WithName("bootstrap-servers")
    String bootstrapServers();

    Relay relay();

    Consumer consumer();

    interface Relay {
        /** Turn off to run an instance that writes but never publishes (tests, maintenance). */
        @WithDefault("true")
        boolean enabled();

        @WithDefault("200")
        int batchSize();

        /** Longest pause between attempts while Kafka is unreachable. */
        @WithDefault("30s")
        Duration maxBackoff();

        /** Published rows are kept this long for diagnosis, then deleted. */
        @WithDefault("7d")
        Duration retention();
    }

    interface Consumer {
        @WithDefault("true")
        boolean enabled();

        /**
         * Prepended to every consumer group; tests use their own so they never steal a running
         * platform's events.
         */
        Optional<String> groupPrefix();

        /** Attempts before an event goes to the dead-letter topic. */
        @WithDefault("3")
        int maxAttempts();

        @WithDefault("200ms")
        Duration retryBackoff();
    }
}
