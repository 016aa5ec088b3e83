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
import org.reformhub.progress.report.domain.ReportSearch;
import org.reformhub.progress.report.domain.ReportStatus;
import org.reformhub.kernel.city.CityTime;

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

    /** A page of the reports that match, the latest change first. */
    public List<ProgressReport> search(ReportSearch search) {
        return find(searchQuery(search) + " order by r.updatedAt desc, r.id", searchParameters(search))
                .range(search.offset(), search.offset() + search.size() - 1).list();
    }

    public long count(ReportSearch search) {
        return count(searchQuery(search), searchParameters(search));
    }

    private static String searchQuery(ReportSearch search) {
        StringBuilder query = new StringBuilder("from ProgressReport r where 1 = 1");
        if (search.dept() != null) {
            query.append(" and r.dept = :dept");
        }
        if (search.programme() != null) {
            query.append(" and r.programme = :programme");
        }
        if (search.status() != null) {
            query.append(" and r.status = :status");
        }
        if (search.kind() != null) {
            query.append(" and r.kind = :kind");
        }
        if (search.period() != null) {
            query.append(" and r.period = :period");
        }
        if (search.words() != null) {
            // the measure's code or title (the read model of the registry), or what the report says
            query.append(" and (r.code = :code or lower(r.narrative) like :words escape '\\'"
                    + " or lower(r.problems) like :words escape '\\' or lower(r.nextSteps) like :words escape '\\'"
                    + " or exists (select m.code from TrackedMeasure m where m.programme = r.programme and m.code = r.code"
                    + " and lower(m.title) like :words escape '\\'))");
        }
        if (search.submittedFrom() != null) {
            query.append(" and r.submittedAt >= :from");
        }
        if (search.submittedTo() != null) {
            query.append(" and r.submittedAt < :to");
        }
        return query.toString();
    }

    private static io.quarkus.panache.common.Parameters searchParameters(ReportSearch search) {
        io.quarkus.panache.common.Parameters parameters = new io.quarkus.panache.common.Parameters();
        if (search.dept() != null) {
            parameters.and("dept", search.dept());
        }
        if (search.programme() != null) {
            parameters.and("programme", search.programme());
        }
        if (search.status() != null) {
            parameters.and("status", search.status());
        }
        if (search.kind() != null) {
            parameters.and("kind", search.kind());
        }
        if (search.period() != null) {
            parameters.and("period", search.period());
        }
        if (search.words() != null) {
            parameters.and("code", search.words()).and("words", search.wordsPattern());
        }
        java.time.ZoneId city = CityTime.ZONE;
        if (search.submittedFrom() != null) {
            parameters.and("from", search.submittedFrom().atStartOfDay(city).toInstant());
        }
        if (search.submittedTo() != null) {
            parameters.and("to", search.submittedTo().plusDays(1).atStartOfDay(city).toInstant());
        }
        return parameters;
    }

    /** Reports waiting for review, oldest submission first. */
    public List<ProgressReport> awaitingReview(String programme, int limit) {
        return (programme == null ? find("status", Sort.ascending("submittedAt"), ReportStatus.SUBMITTED)
                : find("status = ?1 and programme = ?2", Sort.ascending("submittedAt"), ReportStatus.SUBMITTED, programme))
                .page(Page.ofSize(limit)).list();
    }
}
