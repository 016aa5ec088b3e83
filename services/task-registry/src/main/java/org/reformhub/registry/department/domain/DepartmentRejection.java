package org.reformhub.registry.department.domain;

import org.reformhub.kernel.rule.Rejection;

import static org.reformhub.registry.RegistryTexts.text;

/** Why the department catalogue refused a request. */
public sealed interface DepartmentRejection extends Rejection {

    record UnknownDepartment(String code) implements DepartmentRejection {
        @Override
        public String detail() {
            return text("department.unknown", code);
        }
    }

    record DepartmentCodeTaken(String code) implements DepartmentRejection {
        @Override
        public String detail() {
            return text("department.code-taken", code);
        }
    }

    record DepartmentNameTaken(String name, String holder) implements DepartmentRejection {
        @Override
        public String detail() {
            return text("department.name-taken", name, holder);
        }
    }

    /** A merged department lives on only as its survivor's alias. */
    record AlreadyMerged(String code) implements DepartmentRejection {
        @Override
        public String detail() {
            return text("department.already-merged", code);
        }
    }

    record MergeWithItself(String code) implements DepartmentRejection {
        @Override
        public String detail() {
            return text("department.merge-with-itself", code);
        }
    }
}
