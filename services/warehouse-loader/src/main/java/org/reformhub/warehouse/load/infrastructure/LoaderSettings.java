package org.reformhub.warehouse.load.infrastructure;

import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code reformhub.warehouse.*} in application.properties. */
@ConfigMapping(prefix = "reformhub.warehouse")
public interface LoaderSettings {

    /** Off for an instance that only answers queries about the load (or in maintenance). */
    @WithDefault("true")
    boolean enabled();

    /** The topics loaded: every producing service's. */
    List<String> topics();

    /** The consumer group (Kafka's lag tools show it; the offsets the loader trusts are in the warehouse). */
    String group();

    /** Events per polled batch, written in one transaction. */
    @WithDefault("5000")
    int batchSize();

    /** Pause before starting again after a failed batch (the database or Kafka was down). */
    @WithDefault("2s")
    Duration retryAfter();
}
