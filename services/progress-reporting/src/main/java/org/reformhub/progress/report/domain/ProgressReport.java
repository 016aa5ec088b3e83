package org.reformhub.progress.report.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 工作进展报告: what a responsible department reports on one measure for one period. */
@Entity
@Table(name = "progress_report")
public class ProgressReport {

    @Id
    private UUID id;

    @Column(name = "measure_code", nullable = false)
    private String measureCode;

    @Column(name = "dept", nullable = false)
    private String dept;

    /** Reporting period, {@code yyyy-MM}. */
    @Column(nullable = false)
    private String period;

    @Column(nullable = false, columnDefinition = "text")
    private String summary;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    protected ProgressReport() {
        // JPA
    }

    public ReportView view() {
        return new ReportView(id, measureCode, dept, period, summary, submittedAt);
    }

    public record ReportView(UUID id, String measureCode, String dept, String period, String summary, Instant submittedAt) {
    }
}
