package org.reformhub.warehouse.load.infrastructure;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import org.reformhub.kernel.event.Topics;

/** {@code reformhub.warehouse.*} in application.properties. */
@ConfigMapping(prefix = "reformhub.warehouse")
public interface LoaderSettings {

    /** Off for an instance that only answers queries about the load (or in maintenance). */
    @WithDefault("true")
    boolean enabled();

    /** Topics to load instead of every producing service's ({@code Topics.ALL}): a test's own, say. */
    @WithName("topics")
    Optional<List<String>> topicsInstead();

    /** The topics loaded. */
    default List<String> topics() {
        return topicsInstead().orElse(Topics.ALL);
    }

    /** The consumer group (Kafka's lag tools show it; the offsets the loader trusts are in the warehouse). */
    String group();

    /** Events per polled batch, written in one transaction. */
    @WithDefault("5000")
    int batchSize();

    /** Pause before starting again after a failed batch (the database or Kafka was down). */
    @WithDefault("2s")
    Duration retryAfter();
}
