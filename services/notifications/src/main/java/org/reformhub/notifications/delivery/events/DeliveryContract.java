package org.reformhub.notifications.delivery.events;

import java.time.Instant;
import java.util.UUID;

import org.reformhub.kernel.event.OutgoingEvent;
import org.reformhub.notifications.delivery.domain.Delivery;

/**
 * {@code reform.notifications.delivery.sent.v1} and {@code .failed.v1} (docs/events/schemas): what reached whom,
 * through which channel, why and when — or what could not — for the data warehouse. Key: the recipient
 * ({@code KIND:id}), so one recipient's deliveries stay in order. The wording is not published.
 */
public final class DeliveryContract {

    public static final String SENT = "reform.notifications.delivery.sent.v1";
    public static final String FAILED = "reform.notifications.delivery.failed.v1";

    /** Who, what and why, the same in both events. */
    public record Message(UUID deliveryId, UUID notificationId, String channel, String recipient, String rule, String category,
                          String severity, String sourceEventId, String sourceEventType) {
    }

    public record SentV1(UUID deliveryId, UUID notificationId, String channel, String recipient, String rule, String category,
                         String severity, String sourceEventId, String sourceEventType, int attempts, Instant sentAt) {
    }

    public record FailedV1(UUID deliveryId, UUID notificationId, String channel, String recipient, String rule,
                           String category, String severity, String sourceEventId, String sourceEventType, int attempts,
                           Instant failedAt, boolean permanent, String error) {
    }

    public record Sent(SentV1 delivery) {
    }

    public record Failed(FailedV1 delivery) {
    }

    private DeliveryContract() {
    }

    public static Message of(Delivery d) {
        return new Message(d.id(), d.notificationId(), d.channel().name(), d.recipientKey(), d.rule(), d.category(),
                d.severity(), d.sourceEventId(), d.sourceEventType());
    }

    public static OutgoingEvent sent(Message m, int attempts, Instant sentAt) {
        return new OutgoingEvent(SENT, m.recipient(), new Sent(new SentV1(m.deliveryId(), m.notificationId(), m.channel(),
                m.recipient(), m.rule(), m.category(), m.severity(), m.sourceEventId(), m.sourceEventType(), attempts, sentAt)));
    }

    public static OutgoingEvent failed(Message m, int attempts, Instant failedAt, boolean permanent, String error) {
        return new OutgoingEvent(FAILED, m.recipient(), new Failed(new FailedV1(m.deliveryId(), m.notificationId(),
                m.channel(), m.recipient(), m.rule(), m.category(), m.severity(), m.sourceEventId(), m.sourceEventType(),
                attempts, failedAt, permanent, withoutAddresses(error))));
    }

    /** A server's error may quote the address it refused: an enterprise's contact is personal data, not for the warehouse. */
    static String withoutAddresses(String error) {
        return error == null ? null : error.replaceAll("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+", "<e-mail>")
                .replaceAll("\\+?[0-9][0-9 -]{5,}[0-9]", "<phone>");
    }
}
