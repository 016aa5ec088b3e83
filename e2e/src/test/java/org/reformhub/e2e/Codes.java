package org.reformhub.e2e;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Measure codes no earlier run used: data survives between runs of the platform. */
final class Codes {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(ThreadLocalRandom.current().nextInt(100_000, 90_000_000));

    private Codes() {
    }

    static String next() {
        int n = SEQUENCE.incrementAndGet();
        return (n / 100) + "-" + String.format("%02d", n % 100);
    }
}
