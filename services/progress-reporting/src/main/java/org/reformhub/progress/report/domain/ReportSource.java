package org.reformhub.progress.report.domain;

/** REPORTED through this service; IMPORTED from the task-division table's stated status and 备注. */
public enum ReportSource {
    REPORTED,
    IMPORTED
}
