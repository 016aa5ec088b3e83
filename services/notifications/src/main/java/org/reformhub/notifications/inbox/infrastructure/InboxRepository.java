package org.reformhub.notifications.inbox.infrastructure;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import org.reformhub.notifications.inbox.domain.InboxMessage;

@ApplicationScoped
public class InboxRepository implements PanacheRepositoryBase<InboxMessage, UUID> {

    public List<InboxMessage> forDepartment(String dept, int limit) {
        return find("recipientDept", Sort.descending("createdAt"), dept).page(0, limit).list();
    }

    public long countForDepartment(String dept) {
        return count("recipientDept", dept);
    }

    public List<InboxMessage> all(int limit) {
        return findAll(Sort.descending("createdAt")).page(0, limit).list();
    }
}
