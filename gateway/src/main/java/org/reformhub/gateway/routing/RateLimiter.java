package org.reformhub.gateway.routing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets per client, in this gateway instance's memory (with several gateway instances each
 * enforces its share; see docs/operations). Idle buckets are dropped so the map cannot grow without bound.
 */
public final class RateLimiter {

    private static final long IDLE_NANOS = 10L * 60 * 1_000_000_000L;
    private static final int SWEEP_ABOVE = 10_000;

    public record Decision(boolean allowed, long retryAfterSeconds) {
    }

    private final double ratePerSecond;
    private final double capacity;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(double ratePerSecond, int burst) {
        if (ratePerSecond <= 0 || burst <= 0) {
            throw new IllegalArgumentException("rate and burst must be positive");
        }
        this.ratePerSecond = ratePerSecond;
        this.capacity = burst;
    }

    public Decision tryAcquire(String client) {
        return tryAcquire(client, System.nanoTime());
    }

    Decision tryAcquire(String client, long nowNanos) {
        if (buckets.size() > SWEEP_ABOVE) {
            buckets.values().removeIf(b -> nowNanos - b.lastNanos > IDLE_NANOS);
        }
        return buckets.computeIfAbsent(client, k -> new Bucket(capacity, nowNanos)).take(nowNanos);
    }

    private final class Bucket {
        private double tokens;
        private long lastNanos;

        Bucket(double tokens, long nowNanos) {
            this.tokens = tokens;
            this.lastNanos = nowNanos;
        }

        synchronized Decision take(long nowNanos) {
            tokens = Math.min(capacity, tokens + (nowNanos - lastNanos) / 1e9 * ratePerSecond);
            lastNanos = nowNanos;
            if (tokens >= 1) {
                tokens -= 1;
                return new Decision(true, 0);
            }
            return new Decision(false, Math.max(1, (long) Math.ceil((1 - tokens) / ratePerSecond)));
        }
    }
}
