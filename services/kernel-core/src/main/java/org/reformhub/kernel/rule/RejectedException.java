package org.reformhub.kernel.rule;

import java.util.Optional;

/** Carries a {@link Rejection} out of a use case; the transaction rolls back and nothing is written. */
public class RejectedException extends RuntimeException {

    private final transient Rejection rejection;

    public RejectedException(Rejection rejection) {
        super(rejection.detail(), null, false, false);
        this.rejection = rejection;
    }

    public Rejection rejection() {
        return rejection;
    }

    /** Throws when a rule refused: {@code measure.change(...).ifPresent(RejectedException::raise)}. */
    public static void raise(Rejection rejection) {
        throw new RejectedException(rejection);
    }

    public static <T extends Rejection> void raiseIfAny(Optional<T> rejection) {
        rejection.ifPresent(RejectedException::raise);
    }
}
