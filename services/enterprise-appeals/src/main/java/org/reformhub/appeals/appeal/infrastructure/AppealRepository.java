package org.reformhub.appeals.appeal.infrastructure;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import org.reformhub.appeals.appeal.domain.Appeal;

@ApplicationScoped
public class AppealRepository implements PanacheRepositoryBase<Appeal, UUID> {

    public List<Appeal> ofEnterprise(String uscc) {
        return list("uscc", Sort.descending("filedAt"), uscc);
    }
}
