package org.reformhub.registry.department.domain;

import java.util.List;

/** A department as the API and the events show it. */
public record DepartmentSnapshot(String code, String name, List<String> aliases, DepartmentKind kind, String email,
                                 String phone, boolean needsReview, String mergedInto, long version) {
}
