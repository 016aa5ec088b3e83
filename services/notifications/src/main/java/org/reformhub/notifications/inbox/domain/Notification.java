package org.reformhub.notifications.inbox.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/**
 * A notification in an inbox (站内信): a department's shared inbox, the supervision office's, an enterprise's or a
 * user's. Written once per event, rule and recipient; only its read mark changes.
 */
public class Notification {

    private UUID id;

    /** Position in the order of arrival: the live stream's cursor. */
    private Long seq;
    private String recipientKey;
    private String rule;
    private String category;
    private String severity;
    private String title;
    private String body;
    private String link;
    private int templateVersion;
    private String sourceEventId;
    private String sourceEventType;
    private Instant createdAt;
    private Instant readAt;

    protected Notification() {
        // JPA (mapped in META-INF/orm.xml)
    }

    public record NotificationView(UUID id, long seq, String recipient, String rule, String category, String severity,
                                   String title, String body, String link, int templateVersion, String sourceEventId,
                                   String sourceEventType, Instant createdAt, @Schema(nullable = true) Instant readAt) {
    }

    public NotificationView view() {
        return new NotificationView(id, seq, recipientKey, rule, category, severity, title, body, link, templateVersion, sourceEventId,
                sourceEventType, createdAt, readAt);
    }

    public UUID id() {
        return id;
    }

    public long seq() {
        return seq;
    }
}
