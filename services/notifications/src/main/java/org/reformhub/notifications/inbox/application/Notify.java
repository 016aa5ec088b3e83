package org.reformhub.notifications.inbox.application;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.reformhub.kernel.outbox.Outbox;
import org.reformhub.notifications.delivery.application.PlanDeliveries;
import org.reformhub.notifications.rule.domain.Channel;
import org.reformhub.notifications.delivery.events.DeliveryContract;
import org.reformhub.notifications.inbox.infrastructure.NotificationRepository;
import org.reformhub.notifications.rule.domain.Message;
import org.reformhub.notifications.rule.domain.Notice;
import org.reformhub.notifications.rule.domain.Recipient;
import org.reformhub.notifications.template.application.Templates;
import org.reformhub.notifications.template.domain.TemplateCatalogue;

/**
 * Puts the notices of one event into their recipients' inboxes, rendered from the rules' templates, announces each
 * ({@code delivery.sent}, channel INBOX) and plans its e-mails and webhook calls — all in the same transaction.
 */
@ApplicationScoped
public class Notify {

    private final NotificationRepository notifications;
    private final Templates templates;
    private final PlanDeliveries deliveries;
    private final Outbox outbox;

    public Notify(NotificationRepository notifications, Templates templates, PlanDeliveries deliveries, Outbox outbox) {
        this.notifications = notifications;
        this.templates = templates;
        this.deliveries = deliveries;
        this.outbox = outbox;
    }

    /**
     * Joins the caller's transaction (a consumer's, with its processed-event record; a reminder run's), so a notice
     * already given for this event, rule and recipient is not given again, on any channel.
     * @return how many inbox notifications were new
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int deliver(List<Notice> notices, String eventId, String eventType) {
        Instant now = Instant.now();
        int delivered = 0;
        // one address hears of one event once (an enterprise's own e-mail may also be the contact it gave)
        Set<String> addressed = new HashSet<>();
        for (Notice notice : notices) {
            Map<String, Object> model = new HashMap<>(notice.model());
            model.put("link", notice.link() == null ? "" : notice.link());
            Map<Recipient, UUID> notified = new LinkedHashMap<>();
            if (!TemplateCatalogue.channelsOf(notice.rule()).contains(Channel.INBOX)) {
                // a case's contact has no inbox: its e-mail and SMS are the notice, kept single by their own key
                notice.recipients().forEach(recipient -> notified.put(recipient, null));
                deliveries.plan(notice, notified, model, eventId, eventType, now, addressed);
                continue;
            }
            Templates.Rendered text = templates.render(Channel.INBOX, notice.rule(), model);
            for (Recipient recipient : notice.recipients()) {
                UUID id = UUID.randomUUID();
                Message message = Message.of(notice, recipient, text.title(), text.body(), text.version(), eventId, eventType);
                if (notifications.insertIfAbsent(id, message, notice.link(), now)) {
                    outbox.append(DeliveryContract.sent(new DeliveryContract.Message(id, id, Channel.INBOX.name(),
                            recipient.key(), notice.rule(), notice.category(), notice.severity().name(), eventId, eventType),
                            1, now));
                    notified.put(recipient, id);
                }
            }
            deliveries.plan(notice, notified, model, eventId, eventType, now, addressed);
            delivered += notified.size();
        }
        return delivered;
    }
}
