package org.reformhub.progress.report.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.reformhub.kernel.event.OutgoingEvent;
import org.reformhub.progress.report.domain.ProgressReport;
import org.reformhub.progress.report.domain.ReportStatus;

/**
 * The published contract of report events on {@code reform.progress} (docs/events/schemas): the report's full
 * state after the step. Key {@code <programme>/<code>}, so a measure's reports and status stay in order.
 */
public final class ReportContract {

    public static final String SUBMITTED = "reform.progress.report.submitted.v1";
    public static final String APPROVED = "reform.progress.report.approved.v1";
    public static final String RETURNED = "reform.progress.report.returned.v1";

    public record WorkItemV1(int item, String state, String note) {
    }

    public record KpiValueV1(String name, BigDecimal value) {
    }

    public record SupportRequestV1(String dept, String request, boolean answered) {
    }

    /**
     * The report as published; its parts are small values written flat into {@code data.report} ({@code @JsonUnwrapped}:
     * the fields and their order are the schema's).
     */
    public record ReportV1(UUID id, String programme, String code, String dept, String kind, String source, String period,
                           LocalDate dueDate, String status, @JsonUnwrapped ContentV1 content, List<UUID> consolidatedParts,
                           @JsonUnwrapped ReviewV1 review, @JsonUnwrapped TimesV1 times, long version) {
    }

    /** What the unit wrote. */
    public record ContentV1(String claimedStatus, String narrative, List<WorkItemV1> workItems, List<KpiValueV1> kpis,
                            String problems, List<SupportRequestV1> supportNeeded, String nextSteps) {
    }

    /** How often it came back, why, and whether it came on time. */
    public record ReviewV1(String returnReason, int timesReturned, Boolean onTime) {
    }

    /** When it was written, first and last submitted, reviewed, and by whom. */
    public record TimesV1(Instant createdAt, Instant firstSubmittedAt, Instant submittedAt, Instant reviewedAt,
                          String reviewedBy) {
    }

    public record Body(ReportV1 report, String actor) {
    }

    private ReportContract() {
    }

    public static OutgoingEvent of(ProgressReport report, String actor) {
        String type = report.status() == ReportStatus.SUBMITTED ? SUBMITTED
                : report.status() == ReportStatus.APPROVED ? APPROVED : RETURNED;
        return new OutgoingEvent(type, report.programme() + "/" + report.code(), new Body(report(report), actor));
    }

    static ReportV1 report(ProgressReport r) {
        var c = r.content();
        return new ReportV1(r.id(), r.programme(), r.code(), r.dept(), r.kind().name(), r.source().name(), r.period(),
                r.dueDate(), r.status().name(),
                new ContentV1(c.claimedStatus().name(), c.narrative(),
                        c.workItems().stream().map(w -> new WorkItemV1(w.item(), w.state().name(), w.note())).toList(),
                        c.kpis().stream().map(k -> new KpiValueV1(k.name(), k.value())).toList(), c.problems(),
                        c.supportNeeded().stream().map(s -> new SupportRequestV1(s.dept(), s.request(), s.answered())).toList(),
                        c.nextSteps()),
                r.consolidatedParts(), new ReviewV1(r.returnReason(), r.timesReturned(), r.onTime().orElse(null)),
                new TimesV1(r.createdAt(), r.firstSubmittedAt(), r.submittedAt(), r.reviewedAt(), r.reviewedBy()),
                r.version());
    }
}
