package org.reformhub.registry.department.application;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.reformhub.kernel.rule.RejectedException;
import org.reformhub.kernel.rule.Rejection;
import org.reformhub.registry.department.domain.Department;
import org.reformhub.registry.department.domain.DepartmentRejection;
import org.reformhub.registry.department.infrastructure.DepartmentRepository;
import org.reformhub.registry.department.domain.ResponsibleUnit;

import static org.reformhub.registry.RegistryTexts.text;

/** Turns department codes from a request into responsible units, refusing unknown or merged codes. */
@ApplicationScoped
public class DepartmentCatalogue {

    private final DepartmentRepository departments;

    public DepartmentCatalogue(DepartmentRepository departments) {
        this.departments = departments;
    }

    public List<ResponsibleUnit> units(String field, List<String> codes, List<Rejection.FieldMistake> errors) {
        List<ResponsibleUnit> units = new ArrayList<>();
        if (codes == null) {
            return units;
        }
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            Department department = code == null ? null : departments.findById(code);
            if (department == null) {
                errors.add(new Rejection.FieldMistake(field + "[" + i + "]", text("department.unknown-code", code)));
            } else if (department.isMerged()) {
                errors.add(new Rejection.FieldMistake(field + "[" + i + "]", text("department.merged-into", code, department.snapshot().mergedInto())));
            } else {
                units.add(new ResponsibleUnit(department.code(), department.name()));
            }
        }
        return units;
    }

    public static void rejectIfAny(List<Rejection.FieldMistake> errors) {
        if (!errors.isEmpty()) {
            throw new RejectedException(new DepartmentRejection.UnusableUnits(List.copyOf(errors)));
        }
    }
}
