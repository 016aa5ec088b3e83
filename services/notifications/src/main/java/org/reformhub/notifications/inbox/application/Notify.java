package org.reformhub.notifications.inbox.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.reformhub.kernel.outbox.Outbox;
import org.reformhub.notifications.inbox.events.DeliveryContract;
import org.reformhub.notifications.inbox.infrastructure.NoticeTemplates;
import org.reformhub.notifications.inbox.infrastructure.NotificationRepository;
import org.reformhub.notifications.rule.domain.Notice;
import org.reformhub.notifications.rule.domain.Recipient;

/**
 * Puts the notices of one event into their recipients' inboxes, rendered from the rules' templates, and announces
 * each delivery ({@code delivery.sent}) in the same transaction.
 */
@ApplicationScoped
public class Notify {

    private final NotificationRepository notifications;
    private final NoticeTemplates templates;
    private final Outbox outbox;

    public Notify(NotificationRepository notifications, NoticeTemplates templates, Outbox outbox) {
        this.notifications = notifications;
        this.templates = templates;
        this.outbox = outbox;
    }

    /**
     * Joins the consumer's transaction, so the notifications and the processed-event record commit together;
     * a notice already given for this event, rule and recipient is not given again.
     * @return how many notifications were new
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int deliver(List<Notice> notices, String eventId, String eventType) {
        Instant now = Instant.now();
        int delivered = 0;
        for (Notice notice : notices) {
            NoticeTemplates.Rendered text = templates.render(notice.rule(), notice.model());
            for (Recipient recipient : notice.recipients()) {
                UUID id = UUID.randomUUID();
                if (notifications.insertIfAbsent(id, recipient.key(), notice.rule(), notice.category(), notice.severity().name(),
                        text.title(), text.body(), notice.link(), eventId, eventType, now)) {
                    outbox.append(DeliveryContract.sent(id, "INBOX", recipient.key(), notice.rule(), notice.category(),
                            notice.severity().name(), eventId, eventType, now));
                    delivered++;
                }
            }
        }
        return delivered;
    }
}
