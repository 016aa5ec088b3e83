package org.reformhub.notifications.delivery.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Exponential backoff: the n-th failed attempt waits {@code first × 2^(n-1)}, at most {@code cap}; after
 * {@code maxAttempts} attempts the delivery has failed for good.
 */
public record RetryPolicy(Duration first, Duration cap, int maxAttempts) {

    public RetryPolicy {
        if (first.isNegative() || first.isZero() || cap.compareTo(first) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("retry policy needs 0 < first <= cap and at least one attempt");
        }
    }

    /** @param attempts attempts made so far, the failed one included; empty when no attempt is left */
    public Optional<Instant> nextAttempt(int attempts, Instant now) {
        if (attempts >= maxAttempts) {
            return Optional.empty();
        }
        Duration wait = first;
        for (int i = 1; i < attempts && wait.compareTo(cap) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return Optional.of(now.plus(wait.compareTo(cap) > 0 ? cap : wait));
    }
}
