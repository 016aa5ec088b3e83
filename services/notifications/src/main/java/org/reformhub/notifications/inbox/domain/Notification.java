package org.reformhub.notifications.inbox.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A notification in an inbox (站内信): a department's shared inbox, the supervision office's, an enterprise's or a
 * user's. Written once per event, rule and recipient; only its read mark changes.
 */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    private UUID id;

    /** Position in the order of arrival: the live stream's cursor. */
    @Column(insertable = false, updatable = false)
    private Long seq;

    @Column(name = "recipient_key", nullable = false)
    private String recipientKey;

    @Column(nullable = false)
    private String rule;

    @Column(nullable = false)
    private String category;

    @Column(nullable = false)
    private String severity;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false, columnDefinition = "text")
    private String body;

    private String link;

    @Column(name = "template_version", nullable = false)
    private int templateVersion;

    @Column(name = "source_event_id", nullable = false)
    private String sourceEventId;

    @Column(name = "source_event_type", nullable = false)
    private String sourceEventType;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
        // JPA
    }

    public record View(UUID id, long seq, String recipient, String rule, String category, String severity, String title,
                       String body, String link, int templateVersion, String sourceEventId, String sourceEventType,
                       Instant createdAt, Instant readAt) {
    }

    public View view() {
        return new View(id, seq, recipientKey, rule, category, severity, title, body, link, templateVersion, sourceEventId,
                sourceEventType, createdAt, readAt);
    }

    public UUID id() {
        return id;
    }

    public long seq() {
        return seq;
    }
}
