package org.reformhub.notifications.delivery.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import org.reformhub.notifications.rule.domain.Channel;
import org.reformhub.notifications.delivery.domain.Delivery;
import org.reformhub.notifications.delivery.domain.DeliveryStatus;
import org.reformhub.notifications.rule.domain.Message;

@ApplicationScoped
public class DeliveryRepository implements PanacheRepositoryBase<Delivery, UUID> {

    /** A new delivery, unless this event already gave this rule's message to this recipient through this channel. */
    public boolean insertIfAbsent(UUID id, UUID notificationId, Channel channel, String address, Message message,
                                  DeliveryStatus status, Instant notBefore, Instant now) {
        return getEntityManager().createNativeQuery("insert into delivery (id, notification_id, recipient_key, channel, address,"
                        + " rule, category, severity, subject, body, template_version, source_event_id, source_event_type, status,"
                        + " not_before, created_at) values (:id, :notification, :recipient, :channel, :address, :rule, :category,"
                        + " :severity, :subject, :body, :version, :event, :type, :status, :notBefore, :now)"
                        + " on conflict (source_event_id, rule, recipient_key, channel) do nothing")
                .setParameter("id", id).setParameter("notification", notificationId)
                .setParameter("recipient", message.recipientKey()).setParameter("channel", channel.name())
                .setParameter("address", address).setParameter("rule", message.rule())
                .setParameter("category", message.category()).setParameter("severity", message.severity().name())
                .setParameter("subject", message.title()).setParameter("body", message.body())
                .setParameter("version", message.templateVersion()).setParameter("event", message.sourceEventId())
                .setParameter("type", message.sourceEventType()).setParameter("status", status.name())
                .setParameter("notBefore", notBefore).setParameter("now", now).executeUpdate() == 1;
    }

    /** Deliveries due now, oldest first (not locked: each is claimed on its own). */
    public List<UUID> due(Instant now, int limit) {
        return getEntityManager().createQuery("select d.id from Delivery d where d.status in ?1 and d.notBefore <= ?2"
                        + " order by d.notBefore", UUID.class)
                .setParameter(1, List.of(DeliveryStatus.PENDING, DeliveryStatus.RETRYING)).setParameter(2, now)
                .setMaxResults(limit).getResultList();
    }

    /** Claims a due delivery for this transaction; empty when another instance holds it or it is no longer due. */
    public Optional<Delivery> claim(UUID id, Instant now) {
        @SuppressWarnings("unchecked")
        List<Delivery> claimed = getEntityManager().createNativeQuery("select * from delivery where id = :id and status in"
                        + " ('PENDING', 'RETRYING') and not_before <= :now for update skip locked", Delivery.class)
                .setParameter("id", id).setParameter("now", now).getResultList();
        return claimed.stream().findFirst();
    }

    public org.reformhub.kernel.api.Page<Delivery> list(DeliveryStatus status, String recipientKey,
            org.reformhub.kernel.api.PageRequest page) {
        Filter filter = Filter.of(status, recipientKey);
        return page.of(find(filter.query(), Sort.descending("createdAt"), filter.params()));
    }

    /** The admin list's optional filters as one query. */
    private record Filter(String query, java.util.Map<String, Object> params) {
        static Filter of(DeliveryStatus status, String recipientKey) {
            StringBuilder query = new StringBuilder("1 = 1");
            java.util.Map<String, Object> params = new java.util.HashMap<>();
            if (status != null) {
                query.append(" and status = :status");
                params.put("status", status);
            }
            if (recipientKey != null) {
                query.append(" and recipientKey = :recipient");
                params.put("recipient", recipientKey);
            }
            return new Filter(query.toString(), params);
        }
    }

    /** The owners with e-mails waiting for their digest. */
    public List<String> digestOwners() {
        return getEntityManager().createQuery("select distinct d.recipientKey from Delivery d where d.status = ?1", String.class)
                .setParameter(1, DeliveryStatus.DIGEST).getResultList();
    }

    /** One owner's waiting e-mails, locked so two digest runs cannot both take them. */
    public List<Delivery> waitingForDigest(String recipientKey) {
        @SuppressWarnings("unchecked")
        List<Delivery> waiting = getEntityManager().createNativeQuery("select * from delivery where recipient_key = :recipient"
                        + " and status = 'DIGEST' and channel = 'EMAIL' order by created_at for update skip locked", Delivery.class)
                .setParameter("recipient", recipientKey).getResultList();
        return waiting;
    }
}
