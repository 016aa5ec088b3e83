package org.reformhub.kernel.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import org.reformhub.kernel.event.CloudEvent;
import org.reformhub.kernel.event.DomainEvent;
import org.reformhub.kernel.event.EventCodec;
import org.reformhub.kernel.event.EventSettings;

/**
 * Appends events to the outbox in the caller's transaction. A use case changes state and calls
 * {@link #append} in one {@code @Transactional} method; the {@link OutboxRelay} publishes later, so an
 * event exists if and only if its state change was committed.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager entityManager;
    private final EventCodec codec;
    private final EventSettings settings;
    private final Clock clock;

    public Outbox(EntityManager entityManager, EventCodec codec, EventSettings settings) {
        this.entityManager = entityManager;
        this.codec = codec;
        this.settings = settings;
        this.clock = Clock.systemUTC();
    }

    /** Must run inside the use case's transaction: an event without its state change would be a lie. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent append(DomainEvent event) {
        String topic = settings.topic()
                .orElseThrow(() -> new IllegalStateException("reformhub.events.topic is not set: this service produces no events"));
        JsonNode data = codec.mapper().valueToTree(event.body());
        CloudEvent envelope = new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(), settings.source(),
                event.type(), event.aggregateId(), Instant.now(clock), CloudEvent.JSON, data);

        OutboxEvent row = new OutboxEvent();
        row.eventId = UUID.fromString(envelope.id());
        row.topic = topic;
        row.aggregateId = event.aggregateId();
        row.eventType = event.type();
        row.envelope = codec.write(envelope);
        row.createdAt = envelope.time();
        entityManager.persist(row);
        return envelope;
    }
}
