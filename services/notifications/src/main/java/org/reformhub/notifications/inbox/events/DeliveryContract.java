package org.reformhub.notifications.inbox.events;

import java.time.Instant;
import java.util.UUID;

import org.reformhub.kernel.event.OutgoingEvent;

/**
 * {@code reform.notifications.delivery.sent.v1} (docs/events/schemas): a notification reached a recipient through a
 * channel (today the in-app inbox), for the data warehouse. Key: the recipient ({@code KIND:id}), so one
 * recipient's deliveries stay in order. The wording is not published, only what was sent to whom, why and when.
 */
public final class DeliveryContract {

    public static final String SENT = "reform.notifications.delivery.sent.v1";

    public record DeliveryV1(UUID notificationId, String channel, String recipient, String rule, String category,
                             String severity, String sourceEventId, String sourceEventType, Instant sentAt) {
    }

    public record Body(DeliveryV1 delivery) {
    }

    private DeliveryContract() {
    }

    public static OutgoingEvent sent(UUID notificationId, String channel, String recipient, String rule, String category,
                                     String severity, String sourceEventId, String sourceEventType, Instant sentAt) {
        return new OutgoingEvent(SENT, recipient, new Body(new DeliveryV1(notificationId, channel, recipient, rule, category,
                severity, sourceEventId, sourceEventType, sentAt)));
    }
}
