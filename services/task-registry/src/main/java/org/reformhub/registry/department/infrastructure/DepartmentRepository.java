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

    /**
     * The departments never announced, marked announced in the caller's transaction (whose events go out with it);
     * the update's row locks let one instance of several take each.
     */
    @SuppressWarnings("unchecked")
    public List<DepartmentSnapshot> takeUnannounced() {
        List<String> codes = getEntityManager()
                .createNativeQuery("update department set announced = true where not announced returning code")
                .getResultList();
        return codes.stream().sorted().map(code -> findById(code).snapshot()).toList();
    }
}
