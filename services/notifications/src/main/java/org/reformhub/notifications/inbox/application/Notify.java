package org.reformhub.notifications.inbox.application;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.reformhub.notifications.inbox.infrastructure.NoticeTemplates;
import org.reformhub.notifications.inbox.infrastructure.NotificationRepository;
import org.reformhub.notifications.rule.domain.Notice;
import org.reformhub.notifications.rule.domain.Recipient;

/** Puts the notices of one event into their recipients' inboxes, rendered from the rules' templates. */
@ApplicationScoped
public class Notify {

    private final NotificationRepository notifications;
    private final NoticeTemplates templates;

    public Notify(NotificationRepository notifications, NoticeTemplates templates) {
        this.notifications = notifications;
        this.templates = templates;
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
                if (notifications.insertIfAbsent(recipient.key(), notice.rule(), notice.category(), notice.severity().name(),
                        text.title(), text.body(), notice.link(), eventId, eventType, now)) {
                    delivered++;
                }
            }
        }
        return delivered;
    }
}
