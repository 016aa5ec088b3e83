package org.reformhub.warehouse.load.domain;

import java.util.List;

import org.reformhub.kernel.event.CloudEvent;
import org.reformhub.kernel.event.notifications.PublishedDelivery;
import org.reformhub.kernel.event.notifications.PublishedSupervisionNotice;

import static org.reformhub.warehouse.load.domain.EventRows.eventTime;

/** The rows of the notification service's events (read by the kernel's one reader of each): deliveries and supervision notices. */
final class NotificationRows {

    private NotificationRows() {
    }

    static void delivery(CloudEvent event, List<StarRow> rows) {
        PublishedDelivery d = PublishedDelivery.of(event);
        rows.add(new StarRow.Delivery(event.id(), d.deliveryId(), d.sent() ? "SENT" : "FAILED", d.channel(), d.recipient(),
                d.rule().name(), d.rule().category(), d.rule().severity(), d.sourceEventType(), d.attempts(), d.permanent(),
                d.at()));
    }

    static void supervisionNotice(CloudEvent event, List<StarRow> rows) {
        PublishedSupervisionNotice n = PublishedSupervisionNotice.of(event);
        PublishedSupervisionNotice.Steps steps = n.steps();
        rows.add(new StarRow.SupervisionNotice(n.id(), n.number(), n.subjectKind(), n.subjectRef(), n.dept(), n.status(),
                n.replyDue(), steps.issuedAt(), steps.acknowledgedAt(), steps.repliedAt(), steps.escalatedAt(),
                n.repliedOnTime()));
        rows.add(StarRow.Department.mentioned(n.dept(), eventTime(event)));
    }
}
