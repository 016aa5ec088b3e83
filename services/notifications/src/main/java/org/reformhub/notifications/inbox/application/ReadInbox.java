package org.reformhub.notifications.inbox.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.reformhub.kernel.api.Page;
import org.reformhub.kernel.security.Caller;
import org.reformhub.kernel.security.Roles;
import org.reformhub.notifications.inbox.domain.InboxSearch;
import org.reformhub.notifications.inbox.domain.Notification;
import org.reformhub.notifications.inbox.infrastructure.NotificationRepository;
import org.reformhub.notifications.rule.domain.Recipient;
import org.reformhub.kernel.rule.RejectedException;
import org.reformhub.notifications.inbox.domain.InboxRejection;


/**
 * Whose inbox a caller reads: a department officer its department's, the supervision office its own (or, with
 * {@code dept}, a department's), an enterprise its own (by {@code uscc}); everyone also what is addressed to
 * them personally.
 */
@ApplicationScoped
public class ReadInbox {

    /** The inboxes a caller reads, as recipient keys. */
    public record Scope(List<String> recipients) {
    }

    private final NotificationRepository notifications;

    public ReadInbox(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    public Scope scope(Caller caller, String dept) {
        List<String> keys = new ArrayList<>();
        if (dept != null) {
            if (!caller.mayActForDepartment(dept)) {
                throw new RejectedException(new InboxRejection.OwnUnitOnly());
            }
            keys.add(Recipient.department(dept).key());
            return new Scope(keys);
        }
        if (caller.seesEverything()) {
            keys.add(Recipient.SUPERVISORS.key());
        }
        if (caller.hasRole(Roles.DEPARTMENT)) {
            caller.dept().ifPresent(d -> keys.add(Recipient.department(d).key()));
        }
        if (caller.hasRole(Roles.ENTERPRISE)) {
            caller.uscc().ifPresent(u -> keys.add(Recipient.enterprise(u).key()));
        }
        caller.districtOffice().ifPresent(d -> keys.add(Recipient.districtOffice(d).key()));
        keys.add(Recipient.user(caller.subject()).key());
        return new Scope(keys);
    }

    @Transactional
    public Page<Notification.NotificationView> list(Scope scope, boolean unreadOnly, int limit) {
        return Page.paged(notifications.of(scope.recipients(), unreadOnly, limit).stream().map(Notification::view).toList(),
                notifications.countOf(scope.recipients(), unreadOnly), 0, limit);
    }

    /** A page of the inbox that matches, newest first, with the page's number and size. */
    @Transactional
    public Page<Notification.NotificationView> search(Scope scope, InboxSearch search) {
        return Page.paged(notifications.search(scope.recipients(), search).stream().map(Notification::view).toList(),
                notifications.countOf(scope.recipients(), search), search.offset() / search.size(), search.size());
    }

    @Transactional
    public long unread(Scope scope) {
        return notifications.countOf(scope.recipients(), true);
    }

    /** Marks one notification read; one the caller cannot see does not exist for it. */
    @Transactional
    public void markRead(Scope scope, UUID id) {
        if (notifications.markRead(scope.recipients(), id, Instant.now()) == 0 && !notifications.exists(scope.recipients(), id)) {
            throw new RejectedException(new InboxRejection.UnknownMessage(id));
        }
    }

    @Transactional
    public int markAllRead(Scope scope) {
        return notifications.markAllRead(scope.recipients(), Instant.now());
    }

    @Transactional
    public long latest() {
        return notifications.latestSeq();
    }

    @Transactional
    public List<Notification.NotificationView> after(Scope scope, long seq) {
        return notifications.after(scope.recipients(), seq, 100).stream().map(Notification::view).toList();
    }
}
