package org.reformhub.notifications.delivery.application;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import org.reformhub.kernel.outbox.Outbox;
import org.reformhub.notifications.rule.domain.Channel;
import org.reformhub.notifications.delivery.domain.Delivery;
import org.reformhub.notifications.delivery.domain.DeliveryFailure;
import org.reformhub.notifications.delivery.domain.RetryPolicy;
import org.reformhub.notifications.delivery.events.DeliveryContract;
import org.reformhub.notifications.delivery.infrastructure.DeliveryRepository;
import org.reformhub.notifications.delivery.domain.ChannelSender;

/**
 * Sends due e-mails and webhook calls. Each delivery is claimed in its own transaction (skip locked: two instances
 * never send one twice), handed to its channel, and marked sent — with its {@code delivery.sent} event in the same
 * commit — or failed: retried after an exponential wait, or failed for good ({@code delivery.failed}). A server that
 * is down only delays the messages; they stay in the table until it is back.
 */
@ApplicationScoped
public class Dispatch {

    private static final Logger LOG = Logger.getLogger(Dispatch.class);
    static final int BATCH = 50;

    private final DeliveryRepository deliveries;
    private final Outbox outbox;
    private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);
    private final RetryPolicy retryPolicy;

    public Dispatch(DeliveryRepository deliveries, Outbox outbox, Instance<ChannelSender> senders,
                    @ConfigProperty(name = "reformhub.notifications.retry.first", defaultValue = "30S") Duration first,
                    @ConfigProperty(name = "reformhub.notifications.retry.cap", defaultValue = "1H") Duration cap,
                    @ConfigProperty(name = "reformhub.notifications.retry.max-attempts", defaultValue = "10") int maxAttempts) {
        this.deliveries = deliveries;
        this.outbox = outbox;
        senders.forEach(sender -> this.senders.put(sender.channel(), sender));
        this.retryPolicy = new RetryPolicy(first, cap, maxAttempts);
    }

    @Scheduled(every = "${reformhub.notifications.dispatch-every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            dispatchDue();
        } catch (RuntimeException e) { // the database is down: the next tick tries again
            LOG.warnf("dispatch skipped: %s", e.getMessage());
        }
    }

    /** Sends everything due now; @return how many were sent */
    public int dispatchDue() {
        int sent = 0;
        List<UUID> due;
        do {
            due = QuarkusTransaction.requiringNew().call(() -> deliveries.due(Instant.now(), BATCH));
            for (UUID id : due) {
                if (QuarkusTransaction.requiringNew().call(() -> attempt(id))) {
                    sent++;
                }
            }
        } while (due.size() == BATCH);
        return sent;
    }

    private boolean attempt(UUID id) {
        Instant now = Instant.now();
        Delivery delivery = deliveries.claim(id, now).orElse(null);
        if (delivery == null) {
            return false; // another instance has it, or it was sent meanwhile
        }
        try {
            senders.get(delivery.channel()).send(delivery);
            delivery.sent(Instant.now());
            outbox.append(DeliveryContract.sent(DeliveryContract.of(delivery), delivery.attempts(), Instant.now()));
            return true;
        } catch (DeliveryFailure failure) {
            if (delivery.failed(failure, retryPolicy, Instant.now())) {
                LOG.warnf("%s delivery %s to %s failed for good after %d attempts: %s", delivery.channel(), delivery.id(),
                        delivery.recipientKey(), delivery.attempts(), failure.getMessage());
                outbox.append(DeliveryContract.failed(DeliveryContract.of(delivery), delivery.attempts(), Instant.now(),
                        failure.permanent(), delivery.lastError()));
            }
            return false;
        }
    }
}
