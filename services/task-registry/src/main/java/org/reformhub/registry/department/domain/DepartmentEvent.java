package org.reformhub.registry.department.domain;

import java.util.List;

import org.reformhub.kernel.event.DomainEvent;

/** Events of the department catalogue on {@code reform.registry}: the whole department plus what changed. */
public sealed interface DepartmentEvent extends DomainEvent {

    String CREATED = "reform.registry.department.created.v1";
    String UPDATED = "reform.registry.department.updated.v1";
    String MERGED = "reform.registry.department.merged.v1";

    DepartmentSnapshot department();

    record Body(DepartmentSnapshot department, List<String> changedFields, String mergedInto) {
    }

    @Override
    default String aggregateId() {
        return "department:" + department().code();
    }

    record DepartmentCreated(DepartmentSnapshot department) implements DepartmentEvent {
        @Override
        public String type() {
            return CREATED;
        }

        @Override
        public Object body() {
            return new Body(department, List.of(), null);
        }
    }

    record DepartmentUpdated(DepartmentSnapshot department, List<String> changedFields) implements DepartmentEvent {
        @Override
        public String type() {
            return UPDATED;
        }

        @Override
        public Object body() {
            return new Body(department, changedFields, null);
        }
    }

    /** {@code department} is the one merged away; {@code survivor} has its names now. */
    record DepartmentsMerged(DepartmentSnapshot department, DepartmentSnapshot survivor) implements DepartmentEvent {
        @Override
        public String type() {
            return MERGED;
        }

        @Override
        public Object body() {
            return new Body(department, List.of("mergedInto"), survivor.code());
        }
    }
}
