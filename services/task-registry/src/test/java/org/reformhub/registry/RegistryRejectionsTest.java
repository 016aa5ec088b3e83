package org.reformhub.registry;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.reformhub.kernel.rule.Rejection;
import org.reformhub.registry.department.domain.DepartmentRejection;
import org.reformhub.registry.measure.domain.MeasureRejection;
import org.reformhub.registry.programme.domain.ProgrammeRejection;
import org.reformhub.registry.tasktable.domain.ImportRejection;

/** Every rejection the registry's rules can return has its row in the one problem table. */
class RegistryRejectionsTest {

    @Test
    void every_rejection_has_a_problem_type() {
        List<Class<?>> missing = new ArrayList<>();
        for (Class<?> family : List.of(ProgrammeRejection.class, MeasureRejection.class, DepartmentRejection.class,
                ImportRejection.class)) {
            for (Class<?> kind : family.getPermittedSubclasses()) {
                if (!RegistryRejections.TABLE.containsKey(kind.asSubclass(Rejection.class))) {
                    missing.add(kind);
                }
            }
        }
        assertTrue(missing.isEmpty(), "rejections without a problem type: " + missing);
    }
}
