package org.reformhub.progress.report.domain;

/** Who acts on a report, as the history records it: the user (or system account) and its department, if any. */
public record Actor(String name, String dept, boolean reviewer) {

    public static final Actor IMPORT = new Actor("import", null, false);

    public boolean isOf(String department) {
        return dept != null && dept.equals(department);
    }
}
