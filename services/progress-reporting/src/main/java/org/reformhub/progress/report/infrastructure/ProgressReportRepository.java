package org.reformhub.progress.report.infrastructure;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

import org.reformhub.progress.report.domain.ProgressReport;
import org.reformhub.progress.report.domain.ReportKind;
import org.reformhub.progress.report.domain.ReportSource;
import org.reformhub.progress.report.domain.ReportStatus;

@ApplicationScoped
public class ProgressReportRepository implements PanacheRepositoryBase<ProgressReport, UUID> {

    public Optional<ProgressReport> reported(String programme, String code, String dept, String period) {
        return find("programme = ?1 and code = ?2 and dept = ?3 and period = ?4 and source = ?5", programme, code, dept,
                period, ReportSource.REPORTED).firstResultOptional();
    }

    /** The approved consolidated report with the latest period (latest approval within it): the official one. */
    public Optional<ProgressReport> latestApprovedConsolidated(String programme, String code) {
        return find("programme = ?1 and code = ?2 and kind = ?3 and status = ?4", Sort.descending("dueDate", "reviewedAt"),
                programme, code, ReportKind.CONSOLIDATED, ReportStatus.APPROVED).firstResultOptional();
    }

    /** Cooperating units' contributions for the period that were submitted (or approved): what the lead unit saw. */
    public List<UUID> contributionsSubmitted(String programme, String code, String period) {
        return find("programme = ?1 and code = ?2 and period = ?3 and kind = ?4 and status in ?5", Sort.ascending("dept"),
                programme, code, period, ReportKind.CONTRIBUTION, List.of(ReportStatus.SUBMITTED, ReportStatus.APPROVED))
                .stream().map(ProgressReport::id).toList();
    }

    public List<ProgressReport> ofMeasure(String programme, String code, String period, int limit) {
        return (period == null ? find("programme = ?1 and code = ?2", Sort.descending("dueDate").and("kind").and("dept"),
                programme, code) : find("programme = ?1 and code = ?2 and period = ?3", Sort.ascending("kind", "dept"),
                programme, code, period)).page(Page.ofSize(limit)).list();
    }

    public List<ProgressReport> ofDepartment(String dept, String programme, ReportStatus status, int limit) {
        StringBuilder query = new StringBuilder("dept = :dept");
        io.quarkus.panache.common.Parameters parameters = io.quarkus.panache.common.Parameters.with("dept", dept);
        if (programme != null) {
            query.append(" and programme = :programme");
            parameters.and("programme", programme);
        }
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        return find(query.toString(), Sort.descending("updatedAt"), parameters).page(Page.ofSize(limit)).list();
    }

    /** Reports waiting for review, oldest submission first. */
    public List<ProgressReport> awaitingReview(String programme, int limit) {
        return (programme == null ? find("status", Sort.ascending("submittedAt"), ReportStatus.SUBMITTED)
                : find("status = ?1 and programme = ?2", Sort.ascending("submittedAt"), ReportStatus.SUBMITTED, programme))
                .page(Page.ofSize(limit)).list();
    }
}
