package org.reformhub.kernel.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class HeldValueTest {

    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-11-27T00:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void a_value_is_loaded_once_per_hold_and_again_when_forgotten() {
        MovableClock clock = new MovableClock();
        HeldValue<Integer> held = new HeldValue<>(Duration.ofMinutes(1), clock);
        AtomicInteger loads = new AtomicInteger();
        assertEquals(1, held.get(loads::incrementAndGet));
        clock.now = clock.now.plusSeconds(59);
        assertEquals(1, held.get(loads::incrementAndGet));
        clock.now = clock.now.plusSeconds(1);
        assertEquals(2, held.get(loads::incrementAndGet));
        held.forget();
        assertEquals(3, held.get(loads::incrementAndGet));
        assertEquals(3, loads.get());
    }
}
