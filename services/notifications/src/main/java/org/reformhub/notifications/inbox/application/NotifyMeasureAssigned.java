package org.reformhub.notifications.inbox.application;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.reformhub.notifications.inbox.domain.InboxMessage;
import org.reformhub.notifications.inbox.domain.MeasureAssignmentMessages;
import org.reformhub.notifications.inbox.infrastructure.InboxRepository;

/** Puts one message per responsible unit into the inbox when a measure is assigned. */
@ApplicationScoped
public class NotifyMeasureAssigned {

    private final InboxRepository inbox;

    public NotifyMeasureAssigned(InboxRepository inbox) {
        this.inbox = inbox;
    }

    /** Joins the consumer's transaction, so the messages and the processed-event record commit together. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int execute(MeasureAssignmentMessages.Assignment assignment, String sourceEventId) {
        var drafts = MeasureAssignmentMessages.draft(assignment);
        Instant now = Instant.now();
        drafts.forEach(d -> inbox.persist(new InboxMessage(d.recipientDept(), d.title(), d.body(), sourceEventId, now)));
        return drafts.size();
    }
}
