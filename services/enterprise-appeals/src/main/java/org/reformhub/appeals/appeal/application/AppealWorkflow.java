package org.reformhub.appeals.appeal.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.reformhub.kernel.rule.RejectedException;
import org.reformhub.kernel.security.Caller;
import org.reformhub.kernel.security.Roles;
import org.reformhub.appeals.appeal.domain.Appeal;
import org.reformhub.appeals.appeal.domain.Evaluation;
import org.reformhub.appeals.appeal.domain.AppealActor;
import org.reformhub.appeals.appeal.domain.AppealRejection;
import org.reformhub.appeals.appeal.domain.FollowUpChannel;
import org.reformhub.appeals.appeal.domain.Outcome;
import org.reformhub.appeals.appeal.domain.Rating;
import org.reformhub.appeals.appeal.infrastructure.AppealRepository;
import org.reformhub.appeals.district.application.Districts;
import org.reformhub.appeals.measure.application.KnownMeasures;
import org.reformhub.appeals.measure.domain.MeasureRef;
import org.reformhub.kernel.city.CityTime;

import static org.reformhub.appeals.AppealTexts.text;

/**
 * A case's steps after filing ({@link AppealIntake} files it), one transaction per step with its events: acceptance
 * or rejection, assignment, sending back, hand-over between city and district, answer (merged duplicates follow it),
 * rating and follow-up (reopening on dissatisfaction), extension, merging, tagging, a session's decisions.
 */
@ApplicationScoped
public class AppealWorkflow {

    private final AppealRepository appeals;
    private final DueDates dueDates;
    private final AnnounceSteps steps;
    private final KnownMeasures measures;
    private final Districts districts;

    public AppealWorkflow(AppealRepository appeals, DueDates dueDates, AnnounceSteps steps, KnownMeasures measures,
                          Districts districts) {
        this.appeals = appeals;
        this.dueDates = dueDates;
        this.steps = steps;
        this.measures = measures;
        this.districts = districts;
    }

    @Transactional
    public Appeal accept(Caller caller, String caseNumber) {
        return step(caller, caseNumber, (a) -> a.routing().accept(actor(caller), Instant.now()));
    }

    @Transactional
    public Appeal reject(Caller caller, String caseNumber, String reason) {
        return step(caller, caseNumber, (a) -> a.routing().reject(actor(caller), reason, Instant.now()));
    }

    @Transactional
    public Appeal assign(Caller caller, String caseNumber, String lead, List<String> cooperating) {
        return step(caller, caseNumber, (a) -> a.routing().assign(actor(caller), lead, cooperating, Instant.now()));
    }

    @Transactional
    public Appeal sendBack(Caller caller, String caseNumber, String reason) {
        return step(caller, caseNumber, (a) -> a.routing().sendBack(actor(caller), reason, Instant.now()));
    }

    /** The lead unit answers; merged duplicates follow the answer (their own enterprises rate them). */
    @Transactional
    public Appeal answer(Caller caller, String caseNumber, Outcome outcome, String text, LocalDate committed) {
        Appeal original = step(caller, caseNumber, (a) -> a.answering().answer(actor(caller), outcome, text, committed, Instant.now()));
        for (String duplicateCase : original.duplicates()) {
            appeals.byCaseNumberLocked(duplicateCase).ifPresent(duplicate -> {
                int before = duplicate.history().size();
                duplicate.answering().follow(original, actor(caller), Instant.now());
                appeals.flush();
                steps.since(duplicate, before);
            });
        }
        return original;
    }

    @Transactional
    public Appeal rate(Caller caller, String caseNumber, Rating rating, String comment) {
        Instant now = Instant.now();
        LocalDate rectificationDue = rectificationDue(rating, now);
        return step(caller, caseNumber, (a) -> a.evaluation().rate(actor(caller), rating, comment, rectificationDue, now));
    }

    /** 回访: the office records the rating the enterprise gave on a follow-up call (or text, or visit). */
    @Transactional
    public Appeal followUpRating(Caller caller, String caseNumber, Rating rating, FollowUpChannel channel, String comment,
                                 String calledBy) {
        Instant now = Instant.now();
        LocalDate rectificationDue = rectificationDue(rating, now);
        return step(caller, caseNumber, (a) -> a.evaluation().followUp(actor(caller), rating, channel, comment, calledBy,
                rectificationDue, now));
    }

    private LocalDate rectificationDue(Rating rating, Instant now) {
        return rating.reopens() ? dueDates.after(CityTime.dateOf(now), Evaluation.RECTIFICATION_DAYS) : null;
    }

    /** The city office hands the case to a district's office (named by code, full or short name). */
    @Transactional
    public Appeal handToDistrict(Caller caller, String caseNumber, String district, String reason) {
        String code = districts.activeCodeOf(district, "district");
        return step(caller, caseNumber, (a) -> a.routing().handToDistrict(actor(caller), code, districts.shortNameOf(code), reason,
                Instant.now()));
    }

    /** 提级办理: the city office takes the case up. */
    @Transactional
    public Appeal takeUp(Caller caller, String caseNumber, String reason) {
        return step(caller, caseNumber, (a) -> a.routing().takeUp(actor(caller), reason, Instant.now()));
    }

    /** Staff merge a duplicate into its original (both locked in case-number order, so merges never deadlock). */
    @Transactional
    public Appeal merge(Caller caller, String duplicateCase, String originalCase) {
        AppealActor staff = actor(caller);
        List<String> order = java.util.stream.Stream.of(duplicateCase, originalCase).sorted().toList();
        java.util.Map<String, Appeal> locked = new java.util.HashMap<>();
        for (String c : order) {
            locked.put(c, ReadAppeals.visible(appeals.byCaseNumberLocked(c), staff, c));
        }
        Appeal duplicate = locked.get(duplicateCase);
        int before = duplicate.history().size();
        RejectedException.raiseIfAny(duplicate.merging().into(locked.get(originalCase), staff, Instant.now()));
        appeals.flush();
        steps.since(duplicate, before);
        return duplicate;
    }

    @Transactional
    public Appeal extend(Caller caller, String caseNumber, LocalDate newDue, String reason) {
        return step(caller, caseNumber, (a) -> a.timeLimit().extend(actor(caller), newDue, reason, Instant.now()));
    }

    /** Staff or the lead unit tag the measures the case concerns; each must be a current measure. */
    @Transactional
    public Appeal tag(Caller caller, String caseNumber, List<MeasureRef> refs) {
        List<String> unknown = refs.stream().filter(r -> measures.find(r).filter(m -> !m.archived()).isEmpty())
                .map(MeasureRef::toString).toList();
        if (!unknown.isEmpty()) {
            RejectedException.raise(new AppealRejection.UnknownMeasures(unknown));
        }
        return step(caller, caseNumber, (a) -> a.tag(actor(caller), refs.stream().map(MeasureRef::toString).toList(),
                Instant.now()));
    }

    /** 每月面对面: solved on the spot (answered as resolved, for the unit that takes it if it had none). */
    @Transactional
    public Appeal solveAtSession(Caller caller, String caseNumber, String unit, String answer, String session) {
        return step(caller, caseNumber, (a) -> a.atSession().solve(actor(caller), unit, answer, session, Instant.now()));
    }

    /** 每月面对面: beyond what the session could settle, escalated (the city office takes it up and supervises it). */
    @Transactional
    public Appeal escalateAtSession(Caller caller, String caseNumber, String matter, String session) {
        return step(caller, caseNumber, (a) -> a.atSession().escalate(actor(caller), matter, session, Instant.now()));
    }

    /** 每月面对面: the session set the time limit. */
    @Transactional
    public Appeal setTimeLimitAtSession(Caller caller, String caseNumber, String unit, LocalDate due, String session) {
        return step(caller, caseNumber, (a) -> a.atSession().setTimeLimit(actor(caller), unit, due, session, Instant.now()));
    }

    /** The enterprise may not read another's case: to it, that case does not exist (no guessing case numbers). */
    private Appeal step(Caller caller, String caseNumber, Function<Appeal, Optional<AppealRejection>> transition) {
        Appeal appeal = ReadAppeals.visible(appeals.byCaseNumberLocked(caseNumber), actor(caller), caseNumber);
        int before = appeal.history().size();
        RejectedException.raiseIfAny(transition.apply(appeal));
        appeals.flush();
        steps.since(appeal, before);
        return appeal;
    }

    /**
     * Staff: supervisors and admins (the city office) and district offices (the {@code district} role, for the
     * district its claim names — without the claim, for none); a handling unit: the department role with its
     * {@code dept}; an enterprise: its {@code uscc}.
     */
    public static AppealActor actor(Caller caller) {
        boolean districtOffice = caller.hasRole(Roles.DISTRICT) && !caller.seesEverything();
        return new AppealActor(caller.username(), caller.seesEverything() || districtOffice,
                caller.hasRole(Roles.DEPARTMENT) ? caller.dept().orElse(null) : null,
                caller.hasRole(Roles.ENTERPRISE) ? caller.uscc().orElse(null) : null,
                districtOffice ? caller.districtOffice().orElse("") : null);
    }
}
