package org.reformhub.notifications.delivery.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(5), 6);
    private final Instant now = Instant.parse("2026-11-28T02:00:00Z");

    @Test
    void waits_double_after_each_failure_up_to_the_cap() {
        assertEquals(now.plusSeconds(30), policy.nextAttempt(1, now).orElseThrow());
        assertEquals(now.plusSeconds(60), policy.nextAttempt(2, now).orElseThrow());
        assertEquals(now.plusSeconds(120), policy.nextAttempt(3, now).orElseThrow());
        assertEquals(now.plusSeconds(240), policy.nextAttempt(4, now).orElseThrow());
        assertEquals(now.plusSeconds(300), policy.nextAttempt(5, now).orElseThrow());
    }

    @Test
    void gives_up_after_the_last_attempt() {
        assertTrue(policy.nextAttempt(6, now).isEmpty());
    }

    @Test
    void a_failed_delivery_is_retried_then_failed_for_good_and_a_refusal_at_once() {
        Delivery delivery = new Delivery();
        RetryPolicy twice = new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1), 2);
        assertEquals(false, delivery.failed(new DeliveryFailure("connection refused", false), twice, now));
        assertEquals(DeliveryStatus.RETRYING, delivery.status());
        assertEquals(true, delivery.failed(new DeliveryFailure("connection refused", false), twice, now));
        assertEquals(DeliveryStatus.FAILED, delivery.status());
        assertTrue(delivery.retry(now));
        assertEquals(DeliveryStatus.PENDING, delivery.status());
        assertEquals(true, delivery.failed(new DeliveryFailure("550 no such mailbox", true), policy, now));
        assertEquals(DeliveryStatus.FAILED, delivery.status());
        assertEquals("550 no such mailbox", delivery.lastError());
    }
}
