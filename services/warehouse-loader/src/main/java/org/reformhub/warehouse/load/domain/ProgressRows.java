package org.reformhub.warehouse.load.domain;

import java.util.List;

import org.reformhub.kernel.event.CloudEvent;
import org.reformhub.kernel.event.progress.PublishedKpiValue;
import org.reformhub.kernel.event.progress.PublishedMissingReport;
import org.reformhub.kernel.event.progress.PublishedReport;
import org.reformhub.kernel.event.progress.PublishedStatusChange;

import static org.reformhub.kernel.event.read.EventFields.required;
import static org.reformhub.warehouse.load.domain.EventRows.eventTime;

/**
 * The rows of progress reporting's events (read by the kernel's one reader of each): reports, official status
 * changes, KPI values, missing reports; the warehouse also needs the dates and version other consumers may do without.
 */
final class ProgressRows {

    private ProgressRows() {
    }

    static void report(CloudEvent event, List<StarRow> rows) {
        PublishedReport r = PublishedReport.of(event);
        PublishedReport.Times times = r.times();
        rows.add(new StarRow.Report(required(r.id(), "id"), r.measureKey(), r.programme(), r.dept(),
                required(r.kind(), "kind"), r.source(), r.period(), required(r.dueDate(), "dueDate"),
                required(r.status(), "status"), required(r.claimedStatus(), "claimedStatus"), r.onTime(),
                r.review().timesReturned(), required(times.createdAt(), "createdAt"), times.firstSubmittedAt(),
                times.submittedAt(), times.reviewedAt(), r.review().reviewedBy(), required(r.version(), "version")));
        rows.add(StarRow.Department.mentioned(r.dept(), eventTime(event)));
    }

    static void statusChange(CloudEvent event, List<StarRow> rows) {
        PublishedStatusChange change = PublishedStatusChange.of(event);
        rows.add(new StarRow.StatusChange(event.id(), change.measure().key(), change.measure().programme(),
                change.previousStatus(), change.status(), required(change.period(), "period"),
                required(change.reportId(), "reportId"), required(change.approvedAt(), "approvedAt")));
    }

    static void kpi(CloudEvent event, List<StarRow> rows) {
        PublishedKpiValue kpi = PublishedKpiValue.of(event);
        PublishedKpiValue.Figure figure = kpi.figure();
        rows.add(new StarRow.KpiValue(event.id(), kpi.measure().key(), required(kpi.reportId(), "reportId"),
                required(kpi.period(), "period"), figure.name(), figure.unit(), figure.baseline(), figure.target(),
                kpi.value(), kpi.previousValue(), required(kpi.recordedAt(), "recordedAt")));
    }

    static void missingReport(CloudEvent event, List<StarRow> rows) {
        PublishedMissingReport missing = PublishedMissingReport.of(event);
        rows.add(new StarRow.MissingReport(event.id(), missing.measureKey(), missing.dept(), missing.period(),
                required(missing.dueDate(), "dueDate"), missing.daysLate(), required(missing.detectedOn(), "detectedOn")));
        rows.add(StarRow.Department.mentioned(missing.dept(), eventTime(event)));
    }
}
