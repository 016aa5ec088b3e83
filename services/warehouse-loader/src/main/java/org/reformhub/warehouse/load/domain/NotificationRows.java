package org.reformhub.warehouse.load.domain;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.reformhub.kernel.event.CloudEvent;

import static org.reformhub.warehouse.load.domain.JsonFields.*;

/** The rows of the notification service's events: deliveries and supervision notices. */
final class NotificationRows {

    private NotificationRows() {
    }

    static void delivery(CloudEvent event, List<StarRow> rows) {
        JsonNode d = object(event.data(), "delivery");
        boolean sent = event.type().endsWith(".sent.v1");
        // deliveryId: absent from the inbox deliveries announced before deliveries were rows of their own
        rows.add(new StarRow.Delivery(event.id(), optionalUuid(d, "deliveryId"), sent ? "SENT" : "FAILED", text(d, "channel"),
                text(d, "recipient"), text(d, "rule"), text(d, "category"), text(d, "severity"),
                text(d, "sourceEventType"), d.path("attempts").asInt(1), sent ? null : d.path("permanent").asBoolean(),
                instant(d, sent ? "sentAt" : "failedAt")));
    }

    static void supervisionNotice(CloudEvent event, List<StarRow> rows) {
        JsonNode n = object(event.data(), "notice");
        String dept = text(n, "dept");
        rows.add(new StarRow.SupervisionNotice(uuid(n, "id"), text(n, "number"), text(n, "subjectKind"),
                text(n, "subjectRef"), dept, text(n, "status"), date(n, "replyDue"), instant(n, "issuedAt"),
                optionalInstant(n, "acknowledgedAt"), optionalInstant(n, "repliedAt"), optionalInstant(n, "escalatedAt"),
                n.path("repliedOnTime").asBoolean(false)));
        rows.add(StarRow.Department.mentioned(dept, eventTime(event)));
    }
}
