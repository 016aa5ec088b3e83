package org.reformhub.kernel.event.notifications;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.reformhub.kernel.event.CloudEvent;

import static org.reformhub.kernel.event.read.EventFields.*;

/**
 * A notification delivered or given up on ({@code reform.notifications.delivery.sent|failed.v1}): by which channel
 * to whom, under which rule, after how many attempts, and when. The delivery id is absent from the inbox deliveries
 * announced before deliveries were rows of their own; {@code permanent} is null for a sent one.
 */
public record PublishedDelivery(UUID deliveryId, boolean sent, String channel, String recipient, Rule rule,
                                String sourceEventType, int attempts, Boolean permanent, Instant at) {

    public static final String SENT = "reform.notifications.delivery.sent.v1";
    public static final String FAILED = "reform.notifications.delivery.failed.v1";

    /** The rule that sent it, with its category and severity. */
    public record Rule(String name, String category, String severity) {
    }

    public static PublishedDelivery of(CloudEvent event) {
        JsonNode d = object(event.data(), "delivery");
        boolean sent = SENT.equals(event.type());
        return new PublishedDelivery(optionalUuid(d, "deliveryId"), sent, text(d, "channel"), text(d, "recipient"),
                new Rule(text(d, "rule"), text(d, "category"), text(d, "severity")), text(d, "sourceEventType"),
                d.path("attempts").asInt(1), sent ? null : d.path("permanent").asBoolean(),
                required(optionalInstant(d, sent ? "sentAt" : "failedAt"), sent ? "sentAt" : "failedAt"));
    }
}
