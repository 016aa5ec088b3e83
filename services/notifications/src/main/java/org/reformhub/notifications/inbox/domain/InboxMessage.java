package org.reformhub.notifications.inbox.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A message in a department's inbox (站内信). */
@Entity
@Table(name = "inbox_message")
public class InboxMessage {

    @Id
    private UUID id;

    @Column(name = "recipient_dept", nullable = false)
    private String recipientDept;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false, columnDefinition = "text")
    private String body;

    /** The event that caused the message: traceable, and the reason one event never makes two messages. */
    @Column(name = "source_event_id", nullable = false)
    private String sourceEventId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected InboxMessage() {
        // JPA
    }

    public InboxMessage(String recipientDept, String title, String body, String sourceEventId, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.recipientDept = recipientDept;
        this.title = title;
        this.body = body;
        this.sourceEventId = sourceEventId;
        this.createdAt = createdAt;
    }

    public InboxMessageView view() {
        return new InboxMessageView(id, recipientDept, title, body, sourceEventId, createdAt, readAt);
    }

    public record InboxMessageView(UUID id, String recipientDept, String title, String body, String sourceEventId,
                                   Instant createdAt, Instant readAt) {
    }
}
