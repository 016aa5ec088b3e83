package org.reformhub.kernel.cache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * A value read often and changed rarely (a holiday calendar, a matcher over the known measures), held in memory
 * for at most {@code hold}: the owner calls {@link #forget} when a change on this instance commits, and a change
 * made through another instance reaches this one when the hold runs out.
 */
public final class HeldValue<T> {

    private record Held<T>(T value, Instant loadedAt) {
    }

    private final Duration hold;
    private final Clock clock;
    private volatile Held<T> held;

    public HeldValue(Duration hold) {
        this(hold, Clock.systemUTC());
    }

    HeldValue(Duration hold, Clock clock) {
        this.hold = hold;
        this.clock = clock;
    }

    /** The held value, loaded again when it is missing or older than the hold. */
    public T get(Supplier<T> load) {
        Held<T> current = held;
        Instant now = clock.instant();
        if (current == null || !current.loadedAt().plus(hold).isAfter(now)) {
            current = new Held<>(load.get(), now);
            held = current;
        }
        return current.value();
    }

    public void forget() {
        held = null;
    }
}
