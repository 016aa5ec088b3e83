package org.reformhub.registry.department.infrastructure;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import org.reformhub.registry.department.domain.Department;
import org.reformhub.registry.department.domain.DepartmentSnapshot;

@ApplicationScoped
public class DepartmentRepository implements PanacheRepositoryBase<Department, String> {

    public List<DepartmentSnapshot> snapshots() {
        return listAll(Sort.by("code")).stream().map(Department::snapshot).toList();
    }
}
