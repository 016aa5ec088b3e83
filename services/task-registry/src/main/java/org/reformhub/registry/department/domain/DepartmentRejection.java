package org.reformhub.registry.department.domain;

import org.reformhub.kernel.rule.Rejection;

/** Why the department catalogue refused a request. */
public sealed interface DepartmentRejection extends Rejection {

    record UnknownDepartment(String code) implements DepartmentRejection {
        @Override
        public String detail() {
            return "department " + code + " does not exist";
        }
    }

    record DepartmentCodeTaken(String code) implements DepartmentRejection {
        @Override
        public String detail() {
            return "department " + code + " already exists";
        }
    }

    record DepartmentNameTaken(String name, String holder) implements DepartmentRejection {
        @Override
        public String detail() {
            return name + " is the name of " + holder;
        }
    }

    /** A merged department lives on only as its survivor's alias. */
    record AlreadyMerged(String code) implements DepartmentRejection {
        @Override
        public String detail() {
            return "department " + code + " was merged already and cannot take part in a merge";
        }
    }

    record MergeWithItself(String code) implements DepartmentRejection {
        @Override
        public String detail() {
            return "department " + code + " cannot be merged into itself: choose two different departments";
        }
    }
}
