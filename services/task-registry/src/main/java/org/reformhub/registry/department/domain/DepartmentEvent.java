package org.reformhub.registry.department.domain;

import java.util.List;

/** What happened in the department catalogue (mapped to the published contract in {@code department.events}). */
public sealed interface DepartmentEvent {

    DepartmentSnapshot department();

    record DepartmentCreated(DepartmentSnapshot department) implements DepartmentEvent {
    }

    record DepartmentUpdated(DepartmentSnapshot department, List<String> changedFields) implements DepartmentEvent {
    }

    /** {@code department} is the one merged away; {@code survivor} has its names now. */
    record DepartmentsMerged(DepartmentSnapshot department, DepartmentSnapshot survivor) implements DepartmentEvent {
    }
}
