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

    /** A measure names units the catalogue does not have (or that were merged away), each beside its field. */
    record UnusableUnits(java.util.List<FieldMistake> mistakes) implements DepartmentRejection {
        @Override
        public String detail() {
            return text("department.check-marked");
        }

        @Override
        public java.util.List<FieldMistake> fields() {
            return mistakes;
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
