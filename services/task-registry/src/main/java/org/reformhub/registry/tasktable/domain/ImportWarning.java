package org.reformhub.registry.tasktable.domain;

/** Something in the table a person should look at; the import goes on. */
public record ImportWarning(Kind kind, String where, String message) {

    public enum Kind {
        UNKNOWN_UNIT,
        UNREADABLE_DEADLINE,
        MISSING_CELLS,
        ROW_OUTSIDE_SECTION,
        DUPLICATE_CODE,
        NO_WORK_ITEMS,
        ARCHIVED_MEASURE
    }
}
