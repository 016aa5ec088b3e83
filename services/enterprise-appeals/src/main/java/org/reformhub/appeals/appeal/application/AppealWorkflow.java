package org.reformhub.appeals.appeal.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.reformhub.kernel.idempotency.IdempotencyKeys;
import org.reformhub.kernel.rule.RejectedException;
import org.reformhub.kernel.security.Caller;
import org.reformhub.kernel.security.Roles;
import org.reformhub.appeals.appeal.domain.Appeal;
import org.reformhub.appeals.appeal.domain.AppealActor;
import org.reformhub.appeals.appeal.domain.AppealRejection;
import org.reformhub.appeals.appeal.domain.Channel;
import org.reformhub.appeals.appeal.domain.FollowUpChannel;
import org.reformhub.appeals.appeal.domain.Outcome;
import org.reformhub.appeals.appeal.domain.Rating;
import org.reformhub.kernel.text.TextSimilarity;
import org.reformhub.appeals.appeal.domain.Uscc;
import org.reformhub.appeals.appeal.infrastructure.AppealRepository;
import org.reformhub.appeals.calendar.application.ManageCalendar;
import org.reformhub.appeals.calendar.domain.WorkingCalendar;
import org.reformhub.appeals.category.application.CategoryCatalogue;
import org.reformhub.appeals.category.domain.Category;
import org.reformhub.appeals.district.application.Districts;
import org.reformhub.appeals.district.domain.DistrictRejection;
import org.reformhub.appeals.measure.application.KnownMeasures;
import org.reformhub.appeals.measure.domain.MeasureMatcher;
import org.reformhub.appeals.measure.domain.MeasureRef;
import org.reformhub.kernel.city.CityTime;

import static org.reformhub.appeals.AppealTexts.text;

/**
 * A case's life, one transaction per step with its events: filing (case number, working-day due date,
 * idempotent retries), acceptance or rejection, assignment, sending back, answer, rating (reopening on
 * dissatisfaction), extension.
 */
@ApplicationScoped
public class AppealWorkflow {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyyMM");
    /** How many recent open cases a new one is compared with. */
    private static final int SIMILAR_CANDIDATES = 100;

    private final AppealRepository appeals;
    private final CategoryCatalogue categories;
    private final ManageCalendar calendar;
    private final IdempotencyKeys idempotencyKeys;
    private final AnnounceSteps steps;
    private final KnownMeasures measures;
    private final Districts districts;

    public AppealWorkflow(AppealRepository appeals, CategoryCatalogue categories, ManageCalendar calendar,
                          IdempotencyKeys idempotencyKeys, AnnounceSteps steps, KnownMeasures measures, Districts districts) {
        this.measures = measures;
        this.districts = districts;
        this.appeals = appeals;
        this.categories = categories;
        this.calendar = calendar;
        this.idempotencyKeys = idempotencyKeys;
        this.steps = steps;
    }

    /**
     * An enterprise files for itself (its {@code uscc} claim; online); staff file on behalf of a caller, naming
     * the enterprise and the channel (12345 hotline, a session, a letter).
     */
    @Transactional
    public Appeal file(Caller caller, Appeal.Filing filing, Optional<String> idempotencyKey, Object request) {
        String scope = caller.subject() + " POST appeals";
        Optional<String> earlier = idempotencyKey.flatMap(key -> idempotencyKeys.earlierResult(scope, key, request));
        if (earlier.isPresent()) {
            Appeal first = appeals.findById(java.util.UUID.fromString(earlier.get()));
            first.history().size(); // the response shows it: loaded inside the transaction
            return first;
        }
        AppealActor actor = actor(caller);
        Admitted admitted = admit(actor, filing, Instant.now());
        Appeal.Filing checked = admitted.filing();
        Instant now = admitted.at();
        LocalDate filedOn = CityTime.dateOf(now);
        int limit = admitted.timeLimitDays();
        LocalDate due = admitted.due();
        String month = filedOn.format(MONTH);
        // written under a provisional number first: the month's counter is locked only by the numbering statement
        // and the event's insert, until the commit (the number's gap-freedom costs that much serialisation, no more)
        Appeal appeal = Appeal.filed(provisional(month), checked, limit, due, actor, now);
        appeals.persist(appeal);
        idempotencyKey.ifPresent(key -> idempotencyKeys.remember(scope, key, request, appeal.id().toString()));
        appeals.flush();
        appeal.numbered(appeals.assignCaseNumber(appeal.id(), month));
        steps.filed(appeal);
        return appeal;
    }

    /** A filing that may be filed: the enterprise's own code, a known category, the time limit it would get. */
    public record Admitted(Appeal.Filing filing, String categoryName, int timeLimitDays, LocalDate due, Instant at) {
    }

    /**
     * What filing this would do, without filing it: every rule of {@link #file} is applied and the time limit worked
     * out (a check-your-answers page shows it), nothing is stored and no event goes out.
     */
    @Transactional
    public Admitted check(Caller caller, Appeal.Filing filing) {
        return admit(actor(caller), filing, Instant.now());
    }

    private Admitted admit(AppealActor actor, Appeal.Filing filing, Instant now) {
        Appeal.Filing checked = filing;
        if (!actor.staff()) {
            if (actor.uscc() == null) {
                RejectedException.raise(new AppealRejection.NotAllowed(text("appeal.account-without-uscc")));
            }
            // a self-registered account's code was only format-checked by Keycloak: its check character is verified here
            Uscc.problem(actor.uscc()).ifPresent(why -> RejectedException.raise(new AppealRejection.InvalidUscc(
                    text("appeal.account-uscc-invalid", actor.uscc(), why))));
            if (filing.uscc() != null && !filing.uscc().equals(actor.uscc())) {
                RejectedException.raise(new AppealRejection.NotAllowed(text("appeal.own-uscc-only", actor.uscc())));
            }
            checked = new Appeal.Filing(actor.uscc(), filing.enterpriseName(), filing.contactPerson(), filing.phone(),
                    filing.email(), filing.category(), filing.urgent(), filing.title(), filing.description(), filing.district(),
                    Channel.ONLINE);
        } else if (filing.uscc() == null || filing.channel() == null) {
            RejectedException.raise(new AppealRejection.NotAllowed(text("appeal.staff-filing-needs-uscc-and-channel")));
        }
        Uscc.problem(checked.uscc()).ifPresent(why -> RejectedException.raise(new AppealRejection.InvalidUscc(why)));
        String district = districts.activeCodeOf(checked.district(), "district");
        if (actor.districtOffice() && !actor.office().equals(district)) {
            RejectedException.raise(new DistrictRejection.OutsideDistrict());
        }
        checked = new Appeal.Filing(checked.uscc(), checked.enterpriseName(), checked.contactPerson(), checked.phone(),
                checked.email(), checked.category(), checked.urgent(), checked.title(), checked.description(), district,
                checked.channel());
        Category category = categories.forNewAppeal(checked.category());
        int limit = category.timeLimit(checked.urgent());
        return new Admitted(checked, category.name(), limit, due(CityTime.dateOf(now), limit), now);
    }

    /** A placeholder that can never be a real number (those end in five digits), unique until numbering replaces it. */
    private static String provisional(String month) {
        return "ZTC-" + month + "-~" + Long.toString(java.util.concurrent.ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
    }

    @Transactional
    public Appeal accept(Caller caller, String caseNumber) {
        return step(caller, caseNumber, (a) -> a.accept(actor(caller), Instant.now()));
    }

    @Transactional
    public Appeal reject(Caller caller, String caseNumber, String reason) {
        return step(caller, caseNumber, (a) -> a.reject(actor(caller), reason, Instant.now()));
    }

    @Transactional
    public Appeal assign(Caller caller, String caseNumber, String lead, List<String> cooperating) {
        return step(caller, caseNumber, (a) -> a.assign(actor(caller), lead, cooperating, Instant.now()));
    }

    @Transactional
    public Appeal sendBack(Caller caller, String caseNumber, String reason) {
        return step(caller, caseNumber, (a) -> a.sendBack(actor(caller), reason, Instant.now()));
    }

    /** The lead unit answers; merged duplicates follow the answer (their own enterprises rate them). */
    @Transactional
    public Appeal answer(Caller caller, String caseNumber, Outcome outcome, String text, LocalDate committed) {
        Appeal original = step(caller, caseNumber, (a) -> a.answer(actor(caller), outcome, text, committed, Instant.now()));
        for (String duplicateCase : original.duplicates()) {
            appeals.byCaseNumberLocked(duplicateCase).ifPresent(duplicate -> {
                int before = duplicate.history().size();
                duplicate.followAnswer(original, actor(caller), Instant.now());
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
        return step(caller, caseNumber, (a) -> a.rate(actor(caller), rating, comment, rectificationDue, now));
    }

    /** 回访: the office records the rating the enterprise gave on a follow-up call (or text, or visit). */
    @Transactional
    public Appeal followUpRating(Caller caller, String caseNumber, Rating rating, FollowUpChannel channel, String comment,
                                 String calledBy) {
        Instant now = Instant.now();
        LocalDate rectificationDue = rectificationDue(rating, now);
        return step(caller, caseNumber, (a) -> a.followUpRating(actor(caller), rating, channel, comment, calledBy,
                rectificationDue, now));
    }

    private LocalDate rectificationDue(Rating rating, Instant now) {
        return rating.reopens() ? due(CityTime.dateOf(now), Appeal.RECTIFICATION_DAYS) : null;
    }

    /** The city office hands the case to a district's office (named by code, full or short name). */
    @Transactional
    public Appeal handToDistrict(Caller caller, String caseNumber, String district, String reason) {
        String code = districts.activeCodeOf(district, "district");
        return step(caller, caseNumber, (a) -> a.handToDistrict(actor(caller), code, districts.shortNameOf(code), reason,
                Instant.now()));
    }

    /** 提级办理: the city office takes the case up. */
    @Transactional
    public Appeal takeUp(Caller caller, String caseNumber, String reason) {
        return step(caller, caseNumber, (a) -> a.takeUp(actor(caller), reason, Instant.now()));
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
        RejectedException.raiseIfAny(duplicate.mergeInto(locked.get(originalCase), staff, Instant.now()));
        appeals.flush();
        steps.since(duplicate, before);
        return duplicate;
    }

    /** Open cases like this one, for staff deciding on a merge. */
    public List<AppealRepository.Similar> similar(Caller caller, String caseNumber) {
        return similar(caller, ReadAppeals.visible(appeals.byCaseNumber(caseNumber), actor(caller), caseNumber));
    }

    /** Open cases like this one (an enterprise sees only its own among them). */
    public List<AppealRepository.Similar> similar(Caller caller, Appeal appeal) {
        TextSimilarity.Text text = new TextSimilarity.Text(appeal.title() + appeal.description());
        return appeals.openCandidates(appeal.id(), appeal.uscc(), appeal.category(), !actor(caller).staff(), SIMILAR_CANDIDATES)
                .stream().map(c -> new AppealRepository.Similar(c.caseNumber(), c.title(), c.status(),
                        Math.round(text.dice(c.title() + c.description()) * 100) / 100.0))
                .filter(s -> s.similarity() >= TextSimilarity.SUGGEST_FROM)
                .sorted(java.util.Comparator.comparingDouble(AppealRepository.Similar::similarity).reversed())
                .limit(5).toList();
    }

    @Transactional
    public Appeal extend(Caller caller, String caseNumber, LocalDate newDue, String reason) {
        return step(caller, caseNumber, (a) -> a.extend(actor(caller), newDue, reason, Instant.now()));
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

    /** Likely reform measures for a case, from its text. */
    public List<MeasureMatcher.Suggestion> suggestedMeasures(Appeal appeal) {
        return measures.suggest(appeal.title() + " " + appeal.description());
    }

    /** 每月面对面: solved on the spot (answered as resolved, for the unit that takes it if it had none). */
    @Transactional
    public Appeal solveAtSession(Caller caller, String caseNumber, String unit, String answer, String session) {
        return step(caller, caseNumber, (a) -> a.solveAtSession(actor(caller), unit, answer, session, Instant.now()));
    }

    /** 每月面对面: beyond what the session could settle, escalated (the city office takes it up and supervises it). */
    @Transactional
    public Appeal escalateAtSession(Caller caller, String caseNumber, String matter, String session) {
        return step(caller, caseNumber, (a) -> a.escalateAtSession(actor(caller), matter, session, Instant.now()));
    }

    /** 每月面对面: the session set the time limit. */
    @Transactional
    public Appeal setTimeLimitAtSession(Caller caller, String caseNumber, String unit, LocalDate due, String session) {
        return step(caller, caseNumber, (a) -> a.setTimeLimitAtSession(actor(caller), unit, due, session, Instant.now()));
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

    private LocalDate due(LocalDate from, int workingDays) {
        WorkingCalendar working = calendar.calendar();
        return working.addWorkingDays(from, workingDays)
                .orElseThrow(() -> new RejectedException(new AppealRejection.CalendarMissing(from.getYear() + 1)));
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
