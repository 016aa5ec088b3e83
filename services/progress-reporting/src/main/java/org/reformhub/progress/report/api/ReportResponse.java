package org.reformhub.progress.report.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.reformhub.progress.measure.domain.KpiValue;
import org.reformhub.progress.report.domain.ProgressReport;
import org.reformhub.progress.report.domain.ReportStep;
import org.reformhub.progress.report.domain.SupportRequest;
import org.reformhub.progress.report.domain.WorkItemProgress;

/** A report as the API shows it, with its history when read one by one. */
public record ReportResponse(UUID id, String programme, String code, String dept, String kind, String source,
                             String period, LocalDate dueDate, String status, String claimedStatus, String narrative,
                             List<WorkItemProgress> workItems, List<KpiValue> kpis, String problems,
                             List<SupportRequest> supportNeeded, String nextSteps, List<UUID> consolidatedParts,
                             String returnReason, int timesReturned, Boolean onTime, String createdBy, Instant createdAt,
                             Instant updatedAt, Instant submittedAt, Instant reviewedAt, String reviewedBy,
                             List<Step> history, long version) {

    public record Step(String action, String statusAfter, String actor, String actorDept, Instant at, String note) {
    }

    static ReportResponse of(ProgressReport r, boolean withHistory) {
        var c = r.content();
        return new ReportResponse(r.id(), r.programme(), r.code(), r.dept(), r.kind().name(), r.source().name(),
                r.period(), r.dueDate(), r.status().name(), c.claimedStatus().name(), c.narrative(), c.workItems(),
                c.kpis(), c.problems(), c.supportNeeded(), c.nextSteps(), r.consolidatedParts(), r.returnReason(),
                r.timesReturned(), r.onTime().orElse(null), r.createdBy(), r.createdAt(), r.updatedAt(), r.submittedAt(),
                r.reviewedAt(), r.reviewedBy(), withHistory ? r.history().stream().map(ReportResponse::step).toList() : null,
                r.version());
    }

    private static Step step(ReportStep s) {
        return new Step(s.action().name(), s.statusAfter().name(), s.actor(), s.actorDept(), s.at(), s.note());
    }
}
