package org.reformhub.progress.report.domain;

/** draft → submitted → approved, or returned with a reason → submitted again. */
public enum ReportStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    RETURNED
}
