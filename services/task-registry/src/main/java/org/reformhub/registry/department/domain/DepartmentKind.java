package org.reformhub.registry.department.domain;

/** What sort of unit a department is; routing and reporting treat them differently. */
public enum DepartmentKind {
    MUNICIPAL_DEPARTMENT,
    DISTRICT_GOVERNMENT,
    COURT,
    CUSTOMS,
    VERTICAL_AGENCY,
    STATE_OWNED_COMPANY,
    /** a collective such as 各区（功能区） */
    GROUP
}
