package org.reformhub.progress.report.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.reformhub.progress.measure.domain.KpiValue;
import org.reformhub.progress.measure.domain.MeasureStatus;

import org.reformhub.kernel.city.CityTime;

/**
 * 工作进展报告: what one responsible unit reports on one measure for one period. The rules of its workflow
 * live here; every step is kept in {@link #history()}. Transitions return a rejection instead of throwing,
 * so the use case decides what a refusal means.
 */
public class ProgressReport {

    private UUID id;
    private String programme;
    private String code;
    private String dept;
    private String period;
    private LocalDate dueDate;
    private ReportKind kind;
    private ReportSource source;
    private ReportStatus status;
    private MeasureStatus claimedStatus;
    private String narrative;
    private List<WorkItemProgress> workItems;
    private List<KpiValue> kpis;
    private String problems;
    private List<SupportRequest> supportNeeded;
    private String nextSteps;

    /** The cooperating units' contributions the lead unit saw when it signed off. */
    private List<UUID> consolidatedParts;
    private String returnReason;
    private int timesReturned;

    /** Since when a support request of this report waits for an answer (null: none waits). */
    private Instant supportWaitingSince;
    private String createdBy;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant firstSubmittedAt;
    private Instant submittedAt;
    private Instant reviewedAt;
    private String reviewedBy;
    private List<ReportStep> history = new ArrayList<>();
    private long version;

    protected ProgressReport() {
        // JPA (mapped in META-INF/orm.xml)
    }

    /** A unit starts its report for a period as a draft. */
    public static ProgressReport draft(String programme, String code, String dept, ReportKind kind, String period,
                                       LocalDate dueDate, ReportContent content, Actor actor, Instant now) {
        ProgressReport report = start(programme, code, dept, kind, period, dueDate, content, actor, now);
        report.source = ReportSource.REPORTED;
        report.status = ReportStatus.DRAFT;
        report.history.add(new ReportStep(ReportStep.Action.CREATED, ReportStatus.DRAFT, actor, now, null));
        return report;
    }

    /** The table's stated status and 备注 as the measure's first, already official, report. */
    public static ProgressReport imported(String programme, String code, String leadUnit, String period, LocalDate dueDate,
                                          MeasureStatus status, String remark, Instant now) {
        ReportContent content = new ReportContent(status, remark, List.of(), List.of(), "", List.of(), "");
        ProgressReport report = start(programme, code, leadUnit, ReportKind.CONSOLIDATED, period, dueDate, content,
                Actor.IMPORT, now);
        report.source = ReportSource.IMPORTED;
        report.status = ReportStatus.APPROVED;
        report.reviewedAt = now;
        report.reviewedBy = Actor.IMPORT.name();
        report.history.add(new ReportStep(ReportStep.Action.IMPORTED, ReportStatus.APPROVED, Actor.IMPORT, now,
                "任务分工表导入"));
        return report;
    }

    private static ProgressReport start(String programme, String code, String dept, ReportKind kind, String period,
                                        LocalDate dueDate, ReportContent content, Actor actor, Instant now) {
        ProgressReport report = new ProgressReport();
        report.id = UUID.randomUUID();
        report.programme = programme;
        report.code = code;
        report.dept = dept;
        report.kind = kind;
        report.period = period;
        report.dueDate = dueDate;
        report.consolidatedParts = List.of();
        report.createdBy = actor.name();
        report.createdAt = now;
        report.updatedAt = now;
        report.write(content);
        return report;
    }

    public Optional<ReportRejection> edit(ReportContent content, Actor actor, Instant now) {
        if (!actor.isOf(dept)) {
            return Optional.of(new ReportRejection.NotOwnReport(dept));
        }
        if (status != ReportStatus.DRAFT && status != ReportStatus.RETURNED) {
            return Optional.of(new ReportRejection.WrongStatus(status, "edit"));
        }
        write(content.keepingAnswersOf(content()));
        updatedAt = now;
        history.add(new ReportStep(ReportStep.Action.EDITED, status, actor, now, null));
        return Optional.empty();
    }

    /** Evidence is added or removed by the reporting unit while the report can still be edited. */
    public Optional<ReportRejection> mayChangeEvidence(Actor actor) {
        if (!actor.isOf(dept)) {
            return Optional.of(new ReportRejection.NotOwnReport(dept));
        }
        if (status != ReportStatus.DRAFT && status != ReportStatus.RETURNED) {
            return Optional.of(new ReportRejection.WrongStatus(status, "change-evidence"));
        }
        return Optional.empty();
    }

    /** For a consolidated report this is the lead unit's sign-off, with the contributions it saw. */
    public Optional<ReportRejection> submit(Actor actor, List<UUID> contributionsSeen, Instant now) {
        if (!actor.isOf(dept)) {
            return Optional.of(new ReportRejection.NotOwnReport(dept));
        }
        if (status != ReportStatus.DRAFT && status != ReportStatus.RETURNED) {
            return Optional.of(new ReportRejection.WrongStatus(status, "submit"));
        }
        status = ReportStatus.SUBMITTED;
        consolidatedParts = kind == ReportKind.CONSOLIDATED ? List.copyOf(contributionsSeen) : List.of();
        submittedAt = now;
        if (firstSubmittedAt == null) {
            firstSubmittedAt = now;
        }
        updatedAt = now;
        supportWaitingSince = supportNeeded.stream().anyMatch(s -> !s.answered()) ? now : null;
        history.add(new ReportStep(ReportStep.Action.SUBMITTED, status, actor, now,
                kind == ReportKind.CONSOLIDATED ? "汇总配合单位报告 " + consolidatedParts.size() + " 份" : null));
        return Optional.empty();
    }

    public Optional<ReportRejection> approve(Actor reviewer, Instant now) {
        return review(reviewer, now, ReportStatus.APPROVED, ReportStep.Action.APPROVED, null);
    }

    public Optional<ReportRejection> returnWith(String reason, Actor reviewer, Instant now) {
        Optional<ReportRejection> refused = review(reviewer, now, ReportStatus.RETURNED, ReportStep.Action.RETURNED, reason);
        if (refused.isEmpty()) {
            returnReason = reason;
            timesReturned++;
        }
        return refused;
    }

    private Optional<ReportRejection> review(Actor reviewer, Instant now, ReportStatus outcome, ReportStep.Action action,
                                             String note) {
        if (!reviewer.reviewer()) {
            return Optional.of(new ReportRejection.ReviewerOnly());
        }
        if (status != ReportStatus.SUBMITTED) {
            return Optional.of(new ReportRejection.WrongStatus(status, outcome == ReportStatus.APPROVED ? "approve" : "return"));
        }
        status = outcome;
        reviewedAt = now;
        reviewedBy = reviewer.name();
        updatedAt = now;
        history.add(new ReportStep(action, status, reviewer, now, note));
        return Optional.empty();
    }

    /** The unit a support request was addressed to (or a supervisor) answers it. */
    public Optional<ReportRejection> answerSupport(int index, String answer, Actor actor, Instant now) {
        if (index < 1 || index > supportNeeded.size()) {
            return Optional.of(new ReportRejection.UnknownSupportRequest(index));
        }
        SupportRequest asked = supportNeeded.get(index - 1);
        if (!actor.reviewer() && !actor.isOf(asked.dept())) {
            return Optional.of(new ReportRejection.NotAsked(actor.dept() == null ? actor.name() : actor.dept()));
        }
        if (status == ReportStatus.DRAFT) {
            return Optional.of(new ReportRejection.WrongStatus(status, "answer"));
        }
        List<SupportRequest> answered = new ArrayList<>(supportNeeded);
        answered.set(index - 1, asked.answer(answer, actor.dept() == null ? actor.name() : actor.dept(), now));
        supportNeeded = List.copyOf(answered);
        supportWaitingSince = supportNeeded.stream().anyMatch(s -> !s.answered()) ? supportWaitingSince : null;
        updatedAt = now;
        history.add(new ReportStep(ReportStep.Action.SUPPORT_ANSWERED, status, actor, now, "需协调事项 " + index));
        return Optional.empty();
    }

    /** Whether the first submission came by the end of the due day (city time). */
    public Optional<Boolean> onTime() {
        return source == ReportSource.IMPORTED || firstSubmittedAt == null ? Optional.empty()
                : Optional.of(!CityTime.dateOf(firstSubmittedAt).isAfter(dueDate));
    }

    public boolean setsOfficialStatus() {
        return kind == ReportKind.CONSOLIDATED && status == ReportStatus.APPROVED;
    }

    private void write(ReportContent content) {
        claimedStatus = content.claimedStatus();
        narrative = content.narrative();
        workItems = content.workItems();
        kpis = content.kpis();
        problems = content.problems();
        supportNeeded = content.supportNeeded();
        nextSteps = content.nextSteps();
    }

    public ReportContent content() {
        return new ReportContent(claimedStatus, narrative, workItems, kpis, problems, supportNeeded, nextSteps);
    }

    public UUID id() { return id; }
    public String programme() { return programme; }
    public String code() { return code; }
    public String dept() { return dept; }
    public String period() { return period; }
    public LocalDate dueDate() { return dueDate; }
    public ReportKind kind() { return kind; }
    public ReportSource source() { return source; }
    public ReportStatus status() { return status; }
    public List<UUID> consolidatedParts() { return consolidatedParts; }
    public String returnReason() { return returnReason; }
    public int timesReturned() { return timesReturned; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public Instant firstSubmittedAt() { return firstSubmittedAt; }
    public Instant submittedAt() { return submittedAt; }
    public Instant reviewedAt() { return reviewedAt; }
    public String reviewedBy() { return reviewedBy; }
    public List<ReportStep> history() { return List.copyOf(history); }
    public long version() { return version; }
}
