package org.reformhub.kernel.event.notifications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.reformhub.kernel.event.CloudEvent;

import static org.reformhub.kernel.event.read.EventFields.*;

/**
 * A supervision notice (督办通知) as each of its steps is published ({@code reform.notifications.supervision.*.v1}):
 * what it is about, which department must reply by when, and where it stands.
 */
public record PublishedSupervisionNotice(UUID id, String number, String subjectKind, String subjectRef, String dept,
                                         String status, LocalDate replyDue, Steps steps, boolean repliedOnTime) {

    public static final String PREFIX = "reform.notifications.supervision.";

    /** When it was issued, acknowledged, replied to and escalated (null until then). */
    public record Steps(Instant issuedAt, Instant acknowledgedAt, Instant repliedAt, Instant escalatedAt) {
    }

    public static PublishedSupervisionNotice of(CloudEvent event) {
        JsonNode n = object(event.data(), "notice");
        return new PublishedSupervisionNotice(required(optionalUuid(n, "id"), "id"), text(n, "number"),
                text(n, "subjectKind"), text(n, "subjectRef"), text(n, "dept"), text(n, "status"),
                required(optionalDate(n, "replyDue"), "replyDue"),
                new Steps(required(optionalInstant(n, "issuedAt"), "issuedAt"), optionalInstant(n, "acknowledgedAt"),
                        optionalInstant(n, "repliedAt"), optionalInstant(n, "escalatedAt")),
                n.path("repliedOnTime").asBoolean(false));
    }
}
