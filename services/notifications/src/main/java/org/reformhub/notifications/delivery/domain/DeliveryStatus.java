package org.reformhub.notifications.delivery.domain;

/**
 * Where a delivery stands: PENDING (due, possibly held back until quiet hours end) → SENT; a temporary failure
 * makes it RETRYING with a later attempt; after the last attempt, or a permanent refusal, FAILED (an admin may
 * retry it). DIGEST waits for the recipient's daily digest; DIGESTED went out as part of one.
 */
public enum DeliveryStatus {
    PENDING, RETRYING, SENT, FAILED, DIGEST, DIGESTED
}
