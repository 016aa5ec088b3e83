package org.reformhub.kernel.outbox;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.reformhub.kernel.event.KafkaPublisher;
import org.reformhub.kernel.event.KafkaPublisher.PublishException;

/**
 * Publishes one batch of pending outbox rows in one transaction. A PostgreSQL advisory lock makes the
 * relay a single writer across all instances of the service: events leave in insertion order and no
 * two instances publish the same row.
 */
@ApplicationScoped
public class OutboxPublisher {

    /** Arbitrary constant: each service owns its database, so one key per database is enough. */
    static final long RELAY_LOCK_KEY = 0x5265666f726d4875L;

    private final EntityManager entityManager;
    private final KafkaPublisher kafka;

    public OutboxPublisher(EntityManager entityManager, KafkaPublisher kafka) {
        this.entityManager = entityManager;
        this.kafka = kafka;
    }

    /**
     * @return the number of events published; 0 when there was nothing to do or another instance holds the relay
     * @throws PublishException when Kafka did not take the batch; the rows stay pending with the error recorded
     */
    @Transactional(dontRollbackOn = PublishException.class)
    public int publishBatch(int batchSize) throws PublishException {
        boolean leader = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, RELAY_LOCK_KEY)
                .getSingleResult();
        if (!leader) {
            return 0;
        }
        List<OutboxEvent> batch = entityManager
                .createQuery("from OutboxEvent e where e.publishedAt is null order by e.seq", OutboxEvent.class)
                .setMaxResults(batchSize)
                .getResultList();
        if (batch.isEmpty()) {
            return 0;
        }
        List<Exception> outcomes = kafka.send(batch.stream()
                .map(e -> KafkaPublisher.cloudEventRecord(e.topic, e.aggregateId, e.envelope))
                .toList());
        Instant now = Instant.now();
        Exception firstFailure = null;
        int published = 0;
        for (int i = 0; i < batch.size(); i++) {
            OutboxEvent row = batch.get(i);
            row.attempts++;
            Exception failure = outcomes.get(i);
            if (failure == null) {
                // acknowledged rows are marked even when others failed: sending them again would duplicate them
                row.publishedAt = now;
                row.lastError = null;
                published++;
            } else {
                row.lastError = truncate(String.valueOf(failure));
                firstFailure = firstFailure == null ? failure : firstFailure;
            }
        }
        if (firstFailure != null) {
            throw new PublishException(published + " of " + batch.size() + " events published; " + firstFailure, firstFailure);
        }
        return batch.size();
    }

    @Transactional
    public long pendingCount() {
        return entityManager.createQuery("select count(e) from OutboxEvent e where e.publishedAt is null", Long.class)
                .getSingleResult();
    }

    @Transactional
    public int deletePublishedBefore(Instant cutoff) {
        return entityManager.createQuery("delete from OutboxEvent e where e.publishedAt < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }

    private static String truncate(String message) {
        if (message == null) {
            return "unknown error";
        }
        return message.length() <= 1000 ? message : message.substring(0, 1000);
    }
}
