package org.reformhub.kernel.event;

/**
 * A fact a service publishes. Implementations are records in the service's domain; {@link #type()}
 * is a versioned CloudEvents type such as {@code reform.registry.measure.updated.v1}.
 */
public interface DomainEvent {

    /** Versioned event type, {@code reform.<service>.<aggregate>.<what>.v<N>}. */
    String type();

    /** The aggregate id: CloudEvents subject and Kafka key, so a consumer sees one aggregate's events in order. */
    String aggregateId();

    /** The JSON body: full state of the aggregate plus what changed. */
    Object body();
}
