package org.reformhub.progress.report.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.reformhub.progress.measure.domain.KpiValue;
import org.reformhub.progress.report.domain.ProgressReport;
import org.reformhub.progress.report.domain.ReportStep;
import org.reformhub.progress.report.domain.SupportRequest;
import org.reformhub.progress.report.domain.WorkItemProgress;

/**
 * A report as the API shows it, with its history when read one by one. Its parts are small values written flat into
 * the one JSON object clients know ({@code @JsonUnwrapped}: the fields and their order are the API's, docs/api).
 */
public record ReportResponse(UUID id, String programme, String code, String dept, String kind, String source,
                             String period, LocalDate dueDate, String status, @JsonUnwrapped Content content,
                             List<UUID> consolidatedParts, @JsonUnwrapped Review review, @JsonUnwrapped Times times,
                             List<Step> history, long version) {

    /** What the unit wrote. */
    public record Content(String claimedStatus, String narrative, List<WorkItemProgress> workItems, List<KpiValue> kpis,
                          String problems, List<SupportRequest> supportNeeded, String nextSteps) {
    }

    /** How often it came back, why, and whether it came on time. */
    public record Review(@Schema(nullable = true) String returnReason, int timesReturned, @Schema(nullable = true) Boolean onTime) {
    }

    /** Who wrote it, when it was written, submitted and reviewed, and by whom. */
    public record Times(String createdBy, Instant createdAt, Instant updatedAt, @Schema(nullable = true) Instant submittedAt, @Schema(nullable = true) Instant reviewedAt,
                        @Schema(nullable = true) String reviewedBy) {
    }

    public record Step(String action, String statusAfter, String actor, @Schema(nullable = true) String actorDept, Instant at, @Schema(nullable = true) String note) {
    }

    static ReportResponse of(ProgressReport r, boolean withHistory) {
        var c = r.content();
        return new ReportResponse(r.id(), r.programme(), r.code(), r.dept(), r.kind().name(), r.source().name(),
                r.period(), r.dueDate(), r.status().name(),
                new Content(c.claimedStatus().name(), c.narrative(), c.workItems(), c.kpis(), c.problems(),
                        c.supportNeeded(), c.nextSteps()),
                r.consolidatedParts(), new Review(r.returnReason(), r.timesReturned(), r.onTime().orElse(null)),
                new Times(r.createdBy(), r.createdAt(), r.updatedAt(), r.submittedAt(), r.reviewedAt(), r.reviewedBy()),
                withHistory ? r.history().stream().map(ReportResponse::step).toList() : null, r.version());
    }

    private static Step step(ReportStep s) {
        return new Step(s.action().name(), s.statusAfter().name(), s.actor(), s.actorDept(), s.at(), s.note());
    }
}
