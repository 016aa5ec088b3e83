package org.reformhub.kernel.event;

/** A record on a topic that is not a readable ReformHub CloudEvent: it can never succeed, so it is dead-lettered at once. */
public class InvalidEventException extends RuntimeException {
    public InvalidEventException(String message) {
        super(message);
    }

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
