package org.reformhub.progress.report.application;

import org.reformhub.progress.ProgressTexts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.reformhub.kernel.idempotency.IdempotencyKeys;
import org.reformhub.kernel.outbox.Outbox;
import org.reformhub.kernel.rule.RejectedException;
import org.reformhub.kernel.security.Caller;
import org.reformhub.kernel.security.Roles;
import org.reformhub.progress.measure.application.MeasureChanges;
import org.reformhub.progress.measure.application.MeasureStatusBook;
import org.reformhub.progress.measure.application.TrackMeasures;
import org.reformhub.progress.measure.domain.KpiDefinition;
import org.reformhub.progress.measure.domain.MeasureRejection;
import org.reformhub.progress.measure.domain.RegisteredMeasure;
import org.reformhub.progress.report.domain.Actor;
import org.reformhub.progress.report.domain.ProgressReport;
import org.reformhub.progress.report.domain.ReportContent;
import org.reformhub.progress.report.domain.ReportKind;
import org.reformhub.progress.report.domain.ReportRejection;
import org.reformhub.progress.report.events.ReportContract;
import org.reformhub.progress.report.infrastructure.ProgressReportRepository;
import org.reformhub.progress.schedule.application.ManageSchedules;
import org.reformhub.progress.schedule.domain.ReportingPeriod;
import org.reformhub.progress.schedule.domain.ReportingSchedule;
import org.reformhub.kernel.city.CityTime;

/**
 * A report's life: a responsible unit writes and submits it (the lead unit's submission signs off the
 * consolidated report), a supervisor approves or returns it, the unit resubmits. Only an approved
 * consolidated report changes the measure's official status. Every step is one transaction with its event.
 */
@ApplicationScoped
public class ReportWorkflow {

    private final ProgressReportRepository reports;
    private final TrackMeasures measures;
    private final MeasureStatusBook statusBook;
    private final ManageSchedules schedules;
    private final IdempotencyKeys idempotencyKeys;
    private final MeasureChanges changes;
    private final Outbox outbox;

    public ReportWorkflow(ProgressReportRepository reports, TrackMeasures measures, MeasureStatusBook statusBook,
                          ManageSchedules schedules, IdempotencyKeys idempotencyKeys, MeasureChanges changes, Outbox outbox) {
        this.reports = reports;
        this.measures = measures;
        this.statusBook = statusBook;
        this.schedules = schedules;
        this.idempotencyKeys = idempotencyKeys;
        this.changes = changes;
        this.outbox = outbox;
    }

    /**
     * A unit starts its report for a period (a draft, or submitted at once when {@code submit}).
     * @param request the request as received: with an idempotency key, a retry with the same key and body
     *                returns the first report instead of a second one
     */
    @Transactional
    public ProgressReport create(Caller caller, String programme, String code, String periodText, ReportContent content,
                                 boolean submit, Optional<String> idempotencyKey, Object request) {
        String scope = caller.subject() + " POST measures/" + programme + "/" + code + "/reports";
        Optional<String> earlier = idempotencyKey.flatMap(key -> idempotencyKeys.earlierResult(scope, key, request));
        if (earlier.isPresent()) {
            return reports.findById(UUID.fromString(earlier.get()));
        }
        // the measure's row lock orders concurrent first reports of one unit and period
        RegisteredMeasure measure = measures.require(programme, code, true).asRegistered();
        if (measure.archived()) {
            RejectedException.raise(new MeasureRejection.MeasureArchived(programme, code));
        }
        Actor actor = actor(caller);
        if (actor.dept() == null || !measure.isResponsible(actor.dept())) {
            RejectedException.raise(new ReportRejection.NotResponsible(actor.dept() == null ? caller.username() : actor.dept(),
                    programme, code));
        }
        ReportingSchedule schedule = schedules.of(programme);
        ReportingPeriod period = ReportingPeriod.parse(periodText).orElseThrow(() -> new RejectedException(
                new ReportRejection.PeriodRefused(periodText, ProgressTexts.text("schedule.period-format"))));
        schedule.refusesPeriod(period, measure.ongoing(), CityTime.today())
                .ifPresent(reason -> RejectedException.raise(new ReportRejection.PeriodRefused(period.code(), reason)));
        check(content, measure);
        reports.reported(programme, code, actor.dept(), period.code()).ifPresent(existing ->
                RejectedException.raise(new ReportRejection.AlreadyReported(existing.id(), period.code())));

        Instant now = Instant.now();
        ProgressReport report = ProgressReport.draft(programme, code, actor.dept(),
                measure.leads(actor.dept()) ? ReportKind.CONSOLIDATED : ReportKind.CONTRIBUTION, period.code(),
                schedule.dueDate(period), content, actor, now);
        reports.persist(report);
        schedules.reportStarted(programme, code, actor.dept(), period.code(), report.dueDate(), report.id());
        if (submit) {
            submitted(report, actor, now);
        }
        changes.touched(programme, code);
        idempotencyKey.ifPresent(key -> idempotencyKeys.remember(scope, key, request, report.id().toString()));
        return report;
    }

    @Transactional
    public ProgressReport edit(Caller caller, UUID id, ReportContent content, Optional<Long> expectedVersion) {
        ProgressReport report = require(id, expectedVersion);
        check(content, measures.require(report.programme(), report.code(), false).asRegistered());
        RejectedException.raiseIfAny(report.edit(content, actor(caller), Instant.now()));
        reports.flush();
        changes.touched(report.programme(), report.code());
        return report;
    }

    @Transactional
    public ProgressReport submit(Caller caller, UUID id, Optional<Long> expectedVersion) {
        ProgressReport report = require(id, expectedVersion);
        submitted(report, actor(caller), Instant.now());
        changes.touched(report.programme(), report.code());
        return report;
    }

    private void submitted(ProgressReport report, Actor actor, Instant now) {
        List<UUID> parts = report.kind() == ReportKind.CONSOLIDATED
                ? reports.contributionsSubmitted(report.programme(), report.code(), report.period()) : List.of();
        RejectedException.raiseIfAny(report.submit(actor, parts, now));
        schedules.reportSubmitted(report.programme(), report.code(), report.dept(), report.period(), now);
        announce(report, actor);
    }

    @Transactional
    public ProgressReport approve(Caller caller, UUID id, Optional<Long> expectedVersion) {
        ProgressReport report = require(id, expectedVersion);
        Actor actor = actor(caller);
        RejectedException.raiseIfAny(report.approve(actor, Instant.now()));
        if (report.setsOfficialStatus()) {
            statusBook.record(report.programme(), report.code(), FirstStatus.officialStatus(report));
        }
        announce(report, actor);
        changes.touched(report.programme(), report.code());
        return report;
    }

    @Transactional
    public ProgressReport returnWith(Caller caller, UUID id, String reason, Optional<Long> expectedVersion) {
        ProgressReport report = require(id, expectedVersion);
        Actor actor = actor(caller);
        RejectedException.raiseIfAny(report.returnWith(reason, actor, Instant.now()));
        announce(report, actor);
        changes.touched(report.programme(), report.code());
        return report;
    }

    /** The unit a support request (需协调事项) was addressed to answers it; a supervisor may answer any. */
    @Transactional
    public ProgressReport answerSupport(Caller caller, UUID id, int index, String answer) {
        ProgressReport report = require(id, Optional.empty());
        RejectedException.raiseIfAny(report.answerSupport(index, answer, actor(caller), Instant.now()));
        reports.flush();
        changes.touched(report.programme(), report.code());
        return report;
    }

    private void announce(ProgressReport report, Actor actor) {
        reports.flush();
        outbox.append(ReportContract.of(report, actor.name()));
    }

    private ProgressReport require(UUID id, Optional<Long> expectedVersion) {
        ProgressReport report = reports.findByIdOptional(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new RejectedException(new ReportRejection.UnknownReport(id)));
        expectedVersion.filter(v -> v != report.version()).ifPresent(v ->
                RejectedException.raise(new ReportRejection.StaleVersion(v, report.version())));
        return report;
    }

    private static void check(ReportContent content, RegisteredMeasure measure) {
        var facts = new ReportContent.MeasureFacts(measure.workItems().size(),
                new HashSet<>(measure.kpis().stream().map(KpiDefinition::name).toList()), measure.ongoing());
        List<ReportContent.Violation> violations = content.violations(facts);
        if (!violations.isEmpty()) {
            RejectedException.raise(new ReportRejection.InvalidContent(violations));
        }
    }

    /** A department acts for its department only with the department role; supervisors and admins review. */
    static Actor actor(Caller caller) {
        return new Actor(caller.username(), caller.hasRole(Roles.DEPARTMENT) ? caller.dept().orElse(null) : null,
                caller.seesEverything());
    }
}
