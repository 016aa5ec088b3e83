package org.reformhub.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void a_client_may_burst_then_is_held_to_the_sustained_rate() {
        RateLimiter limiter = new RateLimiter(2, 3);
        for (int i = 0; i < 3; i++) {
            assertTrue(limiter.tryAcquire("a", 0).allowed());
        }
        RateLimiter.Decision refused = limiter.tryAcquire("a", 0);
        assertFalse(refused.allowed());
        assertEquals(1, refused.retryAfterSeconds());
        assertTrue(limiter.tryAcquire("a", SECOND / 2).allowed(), "half a second at 2/s refills one request");
    }

    @Test
    void clients_have_their_own_buckets() {
        RateLimiter limiter = new RateLimiter(1, 1);
        assertTrue(limiter.tryAcquire("a", 0).allowed());
        assertFalse(limiter.tryAcquire("a", 0).allowed());
        assertTrue(limiter.tryAcquire("b", 0).allowed());
    }

    @Test
    void retry_after_says_how_long_until_the_next_request_fits() {
        RateLimiter limiter = new RateLimiter(0.25, 1);
        limiter.tryAcquire("a", 0);
        assertEquals(4, limiter.tryAcquire("a", 0).retryAfterSeconds());
    }
}
