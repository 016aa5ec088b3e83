package org.reformhub.appeals.appeal.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.reformhub.appeals.appeal.domain.Appeal;
import org.reformhub.appeals.appeal.domain.AppealActor;
import org.reformhub.appeals.appeal.domain.AppealRejection;
import org.reformhub.appeals.appeal.domain.Channel;
import org.reformhub.appeals.appeal.domain.Uscc;
import org.reformhub.appeals.appeal.infrastructure.AppealRepository;
import org.reformhub.appeals.category.application.CategoryCatalogue;
import org.reformhub.appeals.category.domain.Category;
import org.reformhub.appeals.district.application.Districts;
import org.reformhub.appeals.district.domain.DistrictRejection;
import org.reformhub.appeals.measure.application.KnownMeasures;
import org.reformhub.appeals.measure.domain.MeasureMatcher;
import org.reformhub.kernel.city.CityTime;
import org.reformhub.kernel.idempotency.IdempotencyKeys;
import org.reformhub.kernel.rule.RejectedException;
import org.reformhub.kernel.security.Caller;
import org.reformhub.kernel.text.TextSimilarity;

import static org.reformhub.appeals.AppealTexts.text;
import static org.reformhub.appeals.appeal.application.AppealWorkflow.actor;

/**
 * 受理入口: filing a case (its number, its working-day due date, idempotent retries) or checking a filing without
 * filing it, and what intake shows beside a new case — open cases like it and the measures it is probably about.
 */
@ApplicationScoped
public class AppealIntake {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyyMM");
    /** How many recent open cases a new one is compared with. */
    private static final int SIMILAR_CANDIDATES = 100;

    private final AppealRepository appeals;
    private final CategoryCatalogue categories;
    private final DueDates dueDates;
    private final IdempotencyKeys idempotencyKeys;
    private final AnnounceSteps steps;
    private final KnownMeasures measures;
    private final Districts districts;

    public AppealIntake(AppealRepository appeals, CategoryCatalogue categories, DueDates dueDates,
                        IdempotencyKeys idempotencyKeys, AnnounceSteps steps, KnownMeasures measures, Districts districts) {
        this.appeals = appeals;
        this.categories = categories;
        this.dueDates = dueDates;
        this.idempotencyKeys = idempotencyKeys;
        this.steps = steps;
        this.measures = measures;
        this.districts = districts;
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
            Appeal first = appeals.findById(UUID.fromString(earlier.get()));
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
        return new Admitted(checked, category.name(), limit, dueDates.after(CityTime.dateOf(now), limit), now);
    }

    /** A placeholder that can never be a real number (those end in five digits), unique until numbering replaces it. */
    private static String provisional(String month) {
        return "ZTC-" + month + "-~" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
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
                .sorted(Comparator.comparingDouble(AppealRepository.Similar::similarity).reversed())
                .limit(5).toList();
    }

    /** Likely reform measures for a case, from its text. */
    public List<MeasureMatcher.Suggestion> suggestedMeasures(Appeal appeal) {
        return measures.suggest(appeal.title() + " " + appeal.description());
    }
}
