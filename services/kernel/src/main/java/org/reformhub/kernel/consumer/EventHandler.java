package org.reformhub.kernel.consumer;

import java.util.List;

import org.reformhub.kernel.event.CloudEvent;

/**
 * A service's reaction to other services' events. Implement it as an {@code @ApplicationScoped} bean:
 * the kernel subscribes it, skips events it already processed, retries failures and dead-letters
 * what keeps failing. {@link #handle} runs inside the transaction that records the event as processed.
 */
public interface EventHandler {

    /** Which topics it reads, and under which name. */
    Subscription subscription();

    /** Consumer group and processed-event namespace, e.g. {@code notifications.registry-events}. */
    default String name() {
        return subscription().name();
    }

    default List<String> topics() {
        return subscription().topics();
    }

    /** Dispatches on {@link CloudEvent#type()}; unknown types are ignored (newer producers may add some). */
    void handle(CloudEvent event);

    /** A handler's name (consumer group and processed-event namespace) and the topics it reads. */
    record Subscription(String name, List<String> topics) {

        public static Subscription of(String name, String... topics) {
            return new Subscription(name, List.of(topics));
        }
    }
}
