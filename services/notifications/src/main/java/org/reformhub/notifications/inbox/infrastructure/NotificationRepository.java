package org.reformhub.notifications.inbox.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

import org.reformhub.notifications.inbox.domain.Notification;

@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {

    /** Inserts unless this event already notified this recipient by this rule; true when inserted. */
    public boolean insertIfAbsent(UUID id, String recipientKey, String rule, String category, String severity, String title, String body,
                                  String link, int templateVersion, String eventId, String eventType, Instant now) {
        return getEntityManager().createNativeQuery("insert into notification (id, recipient_key, rule, category, severity,"
                        + " title, body, link, template_version, source_event_id, source_event_type, created_at) values (:id,"
                        + " :recipient, :rule, :category, :severity, :title, :body, :link, :version, :event, :type, :now)"
                        + " on conflict (source_event_id, rule, recipient_key) do nothing")
                .setParameter("id", id).setParameter("recipient", recipientKey).setParameter("rule", rule)
                .setParameter("category", category).setParameter("severity", severity).setParameter("title", title)
                .setParameter("body", body).setParameter("link", link).setParameter("version", templateVersion)
                .setParameter("event", eventId)
                .setParameter("type", eventType).setParameter("now", now).executeUpdate() == 1;
    }

    public List<Notification> of(List<String> recipients, boolean unreadOnly, int limit) {
        return find("recipientKey in ?1" + (unreadOnly ? " and readAt is null" : ""), Sort.descending("seq"), recipients)
                .page(Page.ofSize(limit)).list();
    }

    public long countOf(List<String> recipients, boolean unreadOnly) {
        return count("recipientKey in ?1" + (unreadOnly ? " and readAt is null" : ""), recipients);
    }

    /** Arrived after {@code seq}, oldest first: what a live stream has not sent yet. */
    public List<Notification> after(List<String> recipients, long seq, int limit) {
        return find("recipientKey in ?1 and seq > ?2", Sort.ascending("seq"), recipients, seq).page(Page.ofSize(limit)).list();
    }

    public long latestSeq() {
        Long seq = getEntityManager().createQuery("select max(n.seq) from Notification n", Long.class).getSingleResult();
        return seq == null ? 0 : seq;
    }

    public int markRead(List<String> recipients, UUID id, Instant now) {
        return update("readAt = ?1 where id = ?2 and recipientKey in ?3 and readAt is null", now, id, recipients);
    }

    public int markAllRead(List<String> recipients, Instant now) {
        return update("readAt = ?1 where recipientKey in ?2 and readAt is null", now, recipients);
    }

    public boolean exists(List<String> recipients, UUID id) {
        return count("id = ?1 and recipientKey in ?2", id, recipients) > 0;
    }
}
