package org.reformhub.kernel.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.jboss.logging.Logger;

import org.reformhub.kernel.event.KafkaPublisher;
import org.reformhub.kernel.event.KafkaPublisher.PublishException;

/**
 * Publishes one batch of pending outbox rows in three steps, none of which holds a database transaction
 * while Kafka is asked: (1) take or renew the relay lease and read the batch, in short transactions; (2) send
 * it and wait for Kafka's acknowledgements; (3) mark each acknowledged row published, in one short
 * transaction. A row the broker can never take is parked with its reason, so it does not hold up the rows
 * behind it. The lease makes one instance the publisher at a time; within an instance one thread publishes.
 * <p>
 * A batch holds at most one event per aggregate (its oldest pending one): Kafka can take a later record of a
 * partition after an earlier one expired (a restarting broker), and the aggregate's next event is only sent once
 * its previous one is acknowledged, so each aggregate's events reach the topic in the order of its changes and a
 * failed one is never overtaken.
 */
@ApplicationScoped
public class OutboxPublisher {

    private static final Logger LOG = Logger.getLogger(OutboxPublisher.class);
    /** Longer than one batch can take to send (Kafka delivery timeout + blocking), so a live holder keeps it. */
    static final Duration LEASE = Duration.ofSeconds(60);

    private final EntityManager entityManager;
    private final KafkaPublisher kafka;
    private final String holder = "relay-" + UUID.randomUUID();

    public OutboxPublisher(EntityManager entityManager, KafkaPublisher kafka) {
        this.entityManager = entityManager;
        this.kafka = kafka;
    }

    private record Pending(long seq, String topic, String aggregateId, String envelope) {
    }

    /**
     * @return the number of events published; 0 when there was nothing to do or another instance holds the relay
     * @throws PublishException when Kafka did not take some rows (they stay pending, the error recorded)
     */
    public synchronized int publishBatch(int batchSize) throws PublishException {
        List<Pending> batch = QuarkusTransaction.requiringNew().call(() -> holdLease() ? pending(batchSize) : List.of());
        if (batch.isEmpty()) {
            return 0;
        }
        List<Exception> outcomes = kafka.send(batch.stream()
                .map(p -> KafkaPublisher.cloudEventRecord(p.topic(), p.aggregateId(), p.envelope()))
                .toList());
        List<Long> published = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            Exception failure = outcomes.get(i);
            if (failure == null) {
                published.add(batch.get(i).seq());
            } else {
                failures.add(new Failure(batch.get(i).seq(), failure, isPermanent(failure)));
            }
        }
        record(published, failures);
        Failure firstTransient = failures.stream().filter(f -> !f.permanent()).findFirst().orElse(null);
        if (firstTransient != null) {
            throw new PublishException(published.size() + " of " + batch.size() + " events published; "
                    + firstTransient.error(), firstTransient.error());
        }
        return published.size();
    }

    private record Failure(long seq, Exception error, boolean permanent) {
    }

    /** Acknowledged rows must be marked, or they go out again: a few attempts while the database hiccups. */
    private void record(List<Long> published, List<Failure> failures) {
        for (int attempt = 1; ; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> mark(published, failures));
                return;
            } catch (RuntimeException e) {
                if (attempt == 5) {
                    LOG.errorf(e, "could not mark %d published outbox rows; they will be sent again (consumers skip them by id)",
                            published.size());
                    return;
                }
                pause(Duration.ofSeconds(attempt));
            }
        }
    }

    private void mark(List<Long> published, List<Failure> failures) {
        Instant now = Instant.now();
        if (!published.isEmpty()) {
            entityManager.createQuery("update OutboxEvent e set e.publishedAt = :now, e.attempts = e.attempts + 1,"
                            + " e.lastError = null where e.seq in :seqs")
                    .setParameter("now", now).setParameter("seqs", published).executeUpdate();
        }
        for (Failure failure : failures) {
            String reason = truncate(String.valueOf(failure.error()));
            if (failure.permanent()) {
                LOG.errorf("outbox row %d parked: the broker will never take it (%s)", failure.seq(), reason);
            }
            entityManager.createQuery("update OutboxEvent e set e.attempts = e.attempts + 1, e.lastError = :reason,"
                            + " e.parkedAt = :parkedAt, e.parkReason = :parkReason where e.seq = :seq")
                    .setParameter("reason", reason)
                    .setParameter("parkedAt", failure.permanent() ? now : null)
                    .setParameter("parkReason", failure.permanent() ? reason : null)
                    .setParameter("seq", failure.seq()).executeUpdate();
        }
    }

    /** Takes the lease when it is free or expired, renews it when it is ours; true when we hold it. */
    private boolean holdLease() {
        int updated = entityManager.createNativeQuery("""
                        update outbox_relay_lease set holder = ?1, until = now() + make_interval(secs => ?2)
                        where id = 1 and (holder = ?1 or until < now())""")
                .setParameter(1, holder).setParameter(2, (double) LEASE.toSeconds()).executeUpdate();
        return updated == 1;
    }

    /** The oldest pending event of each aggregate (topic and key), oldest first. */
    @SuppressWarnings("unchecked")
    private List<Pending> pending(int batchSize) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select seq, topic, aggregate_id, envelope from outbox_event
                        where seq in (select min(seq) from outbox_event where published_at is null and parked_at is null
                                      group by topic, aggregate_id order by 1 limit ?1)
                        order by seq""")
                .setParameter(1, batchSize).getResultList();
        return rows.stream().map(r -> new Pending(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3]))
                .toList();
    }

    /** The broker will never take this record, however often it is sent. */
    static boolean isPermanent(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RecordTooLargeException || t instanceof RecordBatchTooLargeException
                    || t instanceof InvalidTopicException || t instanceof SerializationException) {
                return true;
            }
        }
        return false;
    }

    public long pendingCount() {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                "select count(e) from OutboxEvent e where e.publishedAt is null and e.parkedAt is null", Long.class)
                .getSingleResult());
    }

    public long parkedCount() {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                "select count(e) from OutboxEvent e where e.parkedAt is not null", Long.class).getSingleResult());
    }

    public int deletePublishedBefore(Instant cutoff) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("delete from OutboxEvent e where e.publishedAt < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate());
    }

    private static String truncate(String message) {
        if (message == null) {
            return "unknown error";
        }
        return message.length() <= 1000 ? message : message.substring(0, 1000);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
