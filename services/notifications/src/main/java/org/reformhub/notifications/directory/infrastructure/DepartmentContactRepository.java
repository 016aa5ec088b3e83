package org.reformhub.notifications.directory.infrastructure;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import org.reformhub.notifications.directory.domain.DepartmentContact;

@ApplicationScoped
public class DepartmentContactRepository implements PanacheRepositoryBase<DepartmentContact, String> {

    public List<DepartmentContact> all() {
        return listAll(Sort.ascending("code"));
    }
}
