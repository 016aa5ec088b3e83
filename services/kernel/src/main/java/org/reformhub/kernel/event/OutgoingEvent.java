package org.reformhub.kernel.event;

/**
 * An event as it is published: versioned type, key and a body that is a wire record of its own (never a
 * domain object), so renaming a domain field cannot silently change a published contract.
 */
public record OutgoingEvent(String type, String aggregateId, Object body) implements DomainEvent {
}
