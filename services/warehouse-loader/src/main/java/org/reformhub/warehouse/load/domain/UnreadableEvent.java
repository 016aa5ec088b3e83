package org.reformhub.warehouse.load.domain;

/** An event of a known type without a field the warehouse cannot do without: parked, not loaded. */
public class UnreadableEvent extends RuntimeException {

    public UnreadableEvent(String message) {
        super(message);
    }
}
