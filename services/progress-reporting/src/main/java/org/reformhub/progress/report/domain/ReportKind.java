package org.reformhub.progress.report.domain;

/**
 * A lead unit (牵头单位) writes the consolidated report, the one that sets the measure's status, after
 * seeing the cooperating units' (配合单位) contributions on their own parts.
 */
public enum ReportKind {
    CONSOLIDATED,
    CONTRIBUTION
}
