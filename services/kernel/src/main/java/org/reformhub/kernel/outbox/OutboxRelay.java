package org.reformhub.kernel.outbox;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import org.jboss.logging.Logger;

import org.reformhub.kernel.event.EventSettings;
import org.reformhub.kernel.event.KafkaPublisher.PublishException;

/**
 * Drains the outbox to Kafka. Runs every {@code reformhub.events.relay.interval}; while Kafka is down it
 * backs off exponentially up to {@code max-backoff} and resumes where it stopped once the broker is back.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);

    private final OutboxPublisher publisher;
    private final EventSettings settings;
    private final MeterRegistry meters;
    private Duration backoff = Duration.ZERO;
    private Instant pausedUntil = Instant.MIN;
    private volatile boolean stopping;

    public OutboxRelay(OutboxPublisher publisher, EventSettings settings, MeterRegistry meters) {
        this.publisher = publisher;
        this.settings = settings;
        this.meters = meters;
        meters.gauge("reformhub.outbox.pending", this, relay -> relay.pendingSafely());
        meters.gauge("reformhub.outbox.parked", this, relay -> relay.parkedSafely());
    }

    @Scheduled(every = "${reformhub.events.relay.interval:0.5s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        if (stopping || !settings.relay().enabled() || settings.topic().isEmpty() || Instant.now().isBefore(pausedUntil)) {
            return;
        }
        drain();
    }

    /**
     * On shutdown no new batch starts, and the one in flight finishes — published and marked — before the
     * application goes: a batch cut off between Kafka's acknowledgement and the mark would be sent again.
     */
    void stop(@jakarta.enterprise.event.Observes io.quarkus.runtime.ShutdownEvent event) {
        stopping = true;
        synchronized (this) {
            LOG.debug("outbox relay stopped");
        }
    }

    /** Publishes until the outbox is empty or Kafka fails. Returns how many events left. */
    public synchronized int drain() {
        int total = 0;
        try {
            int published;
            do {
                published = publisher.publishBatch(settings.relay().batchSize());
                total += published;
            } while (published > 0 && !stopping); // a batch holds one event per aggregate: more may wait behind it
            if (backoff.compareTo(Duration.ZERO) > 0) {
                LOG.infof("Kafka reachable again, outbox relay resumed");
            }
            backoff = Duration.ZERO;
        } catch (PublishException e) {
            backoff = backoff.isZero() ? FIRST_BACKOFF : min(backoff.multipliedBy(2), settings.relay().maxBackoff());
            pausedUntil = Instant.now().plus(backoff);
            LOG.warnf("Outbox relay could not publish (%s); %d events wait, next attempt in %s",
                    e.getMessage(), pendingSafely(), backoff);
        }
        if (total > 0) {
            meters.counter("reformhub.outbox.published").increment(total);
        }
        return total;
    }

    @Scheduled(every = "1h", delayed = "1m")
    void prunePublished() {
        int deleted = publisher.deletePublishedBefore(Instant.now().minus(settings.relay().retention()));
        if (deleted > 0) {
            LOG.debugf("pruned %d published outbox rows", deleted);
        }
    }

    private long pendingSafely() {
        try {
            return publisher.pendingCount();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private long parkedSafely() {
        try {
            return publisher.parkedCount();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
