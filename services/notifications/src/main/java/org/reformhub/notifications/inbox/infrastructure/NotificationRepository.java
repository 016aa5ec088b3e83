package org.reformhub.notifications.inbox.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

import org.reformhub.notifications.inbox.domain.InboxSearch;
import org.reformhub.notifications.inbox.domain.Notification;
import org.reformhub.kernel.city.CityTime;
import org.reformhub.notifications.rule.domain.Message;

@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {

    /** Dates in a search are the city's days. */

    /** Inserts unless this event already notified this recipient by this rule; true when inserted. */
    public boolean insertIfAbsent(UUID id, Message message, String link, Instant now) {
        return getEntityManager().createNativeQuery("insert into notification (id, recipient_key, rule, category, severity,"
                        + " title, body, link, template_version, source_event_id, source_event_type, created_at) values (:id,"
                        + " :recipient, :rule, :category, :severity, :title, :body, :link, :version, :event, :type, :now)"
                        + " on conflict (source_event_id, rule, recipient_key) do nothing")
                .setParameter("id", id).setParameter("recipient", message.recipientKey()).setParameter("rule", message.rule())
                .setParameter("category", message.category()).setParameter("severity", message.severity().name())
                .setParameter("title", message.title()).setParameter("body", message.body()).setParameter("link", link)
                .setParameter("version", message.templateVersion()).setParameter("event", message.sourceEventId())
                .setParameter("type", message.sourceEventType()).setParameter("now", now).executeUpdate() == 1;
    }

    public List<Notification> of(List<String> recipients, boolean unreadOnly, int limit) {
        return find("recipientKey in ?1" + (unreadOnly ? " and readAt is null" : ""), Sort.descending("seq"), recipients)
                .page(Page.ofSize(limit)).list();
    }

    public long countOf(List<String> recipients, boolean unreadOnly) {
        return count("recipientKey in ?1" + (unreadOnly ? " and readAt is null" : ""), recipients);
    }

    // a page of the inbox, newest first, and how many match in all
    private static io.quarkus.panache.common.Parameters searchParameters(List<String> recipients, InboxSearch search) {
        io.quarkus.panache.common.Parameters parameters = io.quarkus.panache.common.Parameters.with("recipients", recipients);
        if (search.category() != null) {
            parameters.and("category", search.category());
        }
        if (search.severity() != null) {
            parameters.and("severity", search.severity());
        }
        if (search.words() != null) {
            parameters.and("words", search.wordsPattern());
        }
        if (search.from() != null) {
            parameters.and("from", search.from().atStartOfDay(CityTime.ZONE).toInstant());
        }
        if (search.to() != null) {
            parameters.and("to", search.to().plusDays(1).atStartOfDay(CityTime.ZONE).toInstant());
        }
        return parameters;
    }

    private static String searchQuery(InboxSearch search) {
        StringBuilder query = new StringBuilder("recipientKey in :recipients");
        if (search.unreadOnly()) {
            query.append(" and readAt is null");
        }
        if (search.category() != null) {
            query.append(" and category = :category");
        }
        if (search.severity() != null) {
            query.append(" and severity = :severity");
        }
        if (search.words() != null) {
            query.append(" and (lower(title) like :words escape '\\' or lower(body) like :words escape '\\')");
        }
        if (search.from() != null) {
            query.append(" and createdAt >= :from");
        }
        if (search.to() != null) {
            query.append(" and createdAt < :to");
        }
        return query.toString();
    }

    public List<Notification> search(List<String> recipients, InboxSearch search) {
        return find(searchQuery(search), Sort.descending("seq"), searchParameters(recipients, search))
                .range(search.offset(), search.offset() + search.size() - 1).list();
    }

    public long countOf(List<String> recipients, InboxSearch search) {
        return count(searchQuery(search), searchParameters(recipients, search));
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
