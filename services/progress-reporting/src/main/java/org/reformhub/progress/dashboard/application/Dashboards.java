package org.reformhub.progress.dashboard.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.reformhub.kernel.rule.RejectedException;
import org.reformhub.progress.dashboard.domain.MeasureRow;
import org.reformhub.progress.measure.domain.KpiStanding;
import org.reformhub.progress.dashboard.domain.MeasureState;
import org.reformhub.progress.dashboard.domain.PeriodFigures;
import org.reformhub.progress.dashboard.domain.Tally;
import org.reformhub.progress.dashboard.infrastructure.ProgressFigures;
import org.reformhub.progress.measure.application.TrackMeasures;
import org.reformhub.progress.measure.domain.DeadlineState;
import org.reformhub.progress.measure.domain.Health;
import org.reformhub.progress.measure.domain.MeasureAssessment;
import org.reformhub.progress.measure.domain.MeasureRejection;
import org.reformhub.progress.measure.domain.MeasureStatus;
import org.reformhub.kernel.city.CityTime;
import org.reformhub.progress.measure.application.MeasureStanding;

/**
 * Dashboards, scorecards and the public summary, from the programme's measure states ({@link ProgrammeStates}, computed
 * from the read model and held while nothing changed).
 */
@ApplicationScoped
public class Dashboards implements MeasureStanding {

    /** The dashboard's lists show this many lines each, most urgent first; {@link #lines} pages through all. */
    public static final int LIST_LINES = 50;

    public record ProgrammeDashboard(String programme, LocalDate asOf, Tally total, Map<String, Tally> byList,
                                     Map<String, Tally> byDomain, List<MeasureLine> overdue, List<MeasureLine> dueSoon,
                                     List<MeasureLine> offTrack, List<MeasureLine> atRisk, KpiTargets kpiTargets) {
    }

    /**
     * The programme's KPI targets: how many there are, how many have a value in an approved status, how many of those
     * meet their target (by its direction: at least or at most).
     */
    public record KpiTargets(int targets, int reported, int met) {
        static KpiTargets of(List<MeasureRow> rows) {
            List<KpiStanding> all = rows.stream().flatMap(r -> r.kpis().stream()).toList();
            return new KpiTargets(all.size(), (int) all.stream().filter(k -> k.value() != null).count(),
                    (int) all.stream().filter(KpiStanding::met).count());
        }
    }

    public record Scorecard(String programme, String dept, LocalDate asOf, int measuresLed, int measuresCoOwned,
                            int reportsDue, int reportsOnTime, int reportsLate, int reportsMissing, @Schema(nullable = true) Double onTimeRate,
                            int overdueLed, int completedLed, @Schema(nullable = true) Double completionRate, int timesReturned,
                            List<PeriodFigures> trend) {
    }

    public record Trend(String programme, LocalDate asOf, List<PeriodFigures> periods) {
    }

    private final TrackMeasures measures;
    private final ProgrammeStates held;
    private final ProgressFigures figures;

    public Dashboards(TrackMeasures measures, ProgrammeStates held, ProgressFigures figures) {
        this.measures = measures;
        this.held = held;
        this.figures = figures;
    }

    /** Every measure of the programme in force, with its state today. */
    @Transactional
    public List<MeasureState> states(String programme) {
        return held.of(programme).states();
    }

    /** One measure's assessment today (the {@link MeasureStanding} port of the measure feature). */
    @Override
    @Transactional
    public MeasureAssessment assessment(String programme, String code) {
        return state(programme, code).assessment();
    }

    /** One measure with its state today: 404 when unknown, 409 when archived. */
    @Transactional
    public MeasureState state(String programme, String code) {
        measures.require(programme, code, false);
        List<MeasureState> one = held.one(programme, code);
        if (one.isEmpty()) {
            RejectedException.raise(new MeasureRejection.MeasureArchived(programme, code));
        }
        return one.get(0);
    }

    @Transactional
    public ProgrammeDashboard programme(String programme) {
        List<MeasureState> states = states(programme);
        Map<String, Tally> byList = grouped(states, s -> s.measure().list());
        Map<String, Tally> byDomain = grouped(states, s -> s.measure().area());
        Comparator<MeasureState> byDeadline = Comparator.comparing(s -> s.measure().deadlineDate(),
                Comparator.nullsLast(Comparator.naturalOrder()));
        return new ProgrammeDashboard(programme, CityTime.today(), Tally.of(states), byList, byDomain,
                lines(states, s -> s.assessment().deadline() == DeadlineState.OVERDUE, byDeadline),
                lines(states, s -> s.assessment().deadline() == DeadlineState.DUE_SOON, byDeadline),
                lines(states, s -> s.assessment().health() == Health.OFF_TRACK, byDeadline),
                lines(states, s -> s.assessment().health() == Health.AT_RISK, byDeadline),
                KpiTargets.of(states.stream().map(MeasureState::measure).toList()));
    }

    /** A department's scorecard, from the programme's computed states and the department's own obligations. */
    @Transactional
    public Scorecard scorecard(String programme, String dept) {
        ProgrammeStates.Computed states = held.of(programme);
        return states.scorecards().computeIfAbsent(dept, d -> scorecard(programme, d, states));
    }

    private Scorecard scorecard(String programme, String dept, ProgrammeStates.Computed held) {
        LocalDate today = held.day();
        List<MeasureRow> mine = held.states().stream().map(MeasureState::measure).filter(m -> m.isResponsible(dept)).toList();
        List<MeasureRow> led = mine.stream().filter(m -> m.leads(dept)).toList();
        List<PeriodFigures> trend = figures.periods(programme, dept, today);
        int due = trend.stream().mapToInt(PeriodFigures::due).sum();
        int onTime = trend.stream().mapToInt(PeriodFigures::onTime).sum();
        int late = trend.stream().mapToInt(PeriodFigures::late).sum();
        int missing = trend.stream().mapToInt(PeriodFigures::missing).sum();
        int completed = (int) led.stream().filter(m -> m.status() == MeasureStatus.COMPLETED).count();
        int overdue = (int) led.stream().filter(m -> overdue(m, today)).count();
        return new Scorecard(programme, dept, today, led.size(), mine.size() - led.size(), due, onTime, late, missing,
                Tally.percent(onTime, due), overdue, completed, Tally.percent(completed, led.size()),
                figures.timesReturned(programme, dept), trend);
    }

    private static boolean overdue(MeasureRow m, LocalDate today) {
        return MeasureAssessment.of(new MeasureAssessment.Facts(m.status(), m.deadlineKind(), m.deadlineDate(), 0, 0, null),
                today, Instant.EPOCH).deadline() == DeadlineState.OVERDUE;
    }

    /** Every responsible department of the programme, best first: on-time rate, then fewest overdue measures led. */
    @Transactional
    public List<Scorecard> ranking(String programme) {
        // computed once per change number and day, like the states: its figures are sums over every obligation
        ProgrammeStates.Computed states = held.of(programme);
        if (states.ranking() == null) {
            states = held.keep(programme, states.withRanking(ranking(programme, states.states(), states.day())));
        }
        return states.ranking();
    }

    private List<Scorecard> ranking(String programme, List<MeasureState> states, LocalDate today) {
        Map<String, int[]> obligations = figures.obligationsPerDepartment(programme, today);
        Map<String, Integer> returned = figures.timesReturnedPerDepartment(programme);
        Set<String> departments = new TreeSet<>();
        states.forEach(s -> {
            s.measure().leadUnits().forEach(u -> departments.add(u.code()));
            s.measure().cooperatingUnits().forEach(u -> departments.add(u.code()));
        });
        List<Scorecard> cards = new ArrayList<>();
        for (String dept : departments) {
            List<MeasureState> led = states.stream().filter(s -> s.measure().leads(dept)).toList();
            long coOwned = states.stream().filter(s -> s.measure().isResponsible(dept) && !s.measure().leads(dept)).count();
            int[] o = obligations.getOrDefault(dept, new int[3]);
            int completed = (int) led.stream().filter(MeasureState::completed).count();
            int overdue = (int) led.stream().filter(s -> s.assessment().deadline() == DeadlineState.OVERDUE).count();
            cards.add(new Scorecard(programme, dept, today, led.size(), (int) coOwned, o[0], o[1], o[0] - o[1] - o[2], o[2],
                    Tally.percent(o[1], o[0]), overdue, completed, Tally.percent(completed, led.size()),
                    returned.getOrDefault(dept, 0), null));
        }
        cards.sort(Comparator.comparing((Scorecard c) -> c.onTimeRate() == null ? 100.0 : c.onTimeRate()).reversed()
                .thenComparing(Scorecard::overdueLed).thenComparing(Scorecard::dept));
        return List.copyOf(cards);
    }

    @Transactional
    public Trend trend(String programme) {
        ProgrammeStates.Computed states = held.of(programme);
        if (states.trend() == null) {
            states = held.keep(programme, states.withTrend(figures.periods(programme, null, states.day())));
        }
        return new Trend(programme, states.day(), states.trend());
    }

    /** The current programme when none is named: the newest active one. */
    public String programmeOrCurrent(String programme) {
        if (programme != null) {
            return programme;
        }
        return measures.currentProgramme().orElseThrow(() -> new RejectedException(new MeasureRejection.UnknownProgramme("(current)")));
    }

    public Optional<String> programmeTitle(String programme) {
        return measures.programme(programme).map(p -> p.title());
    }

    public static Map<String, Tally> grouped(List<MeasureState> states, java.util.function.Function<MeasureState, String> key) {
        Map<String, List<MeasureState>> groups = states.stream()
                .collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
        Map<String, Tally> tallies = new LinkedHashMap<>();
        groups.forEach((k, v) -> tallies.put(k, Tally.of(v)));
        return tallies;
    }

    private static List<MeasureLine> lines(List<MeasureState> states, java.util.function.Predicate<MeasureState> which,
                                           Comparator<MeasureState> order) {
        return states.stream().filter(which).sorted(order).limit(LIST_LINES).map(MeasureLine::of).toList();
    }

    /** Every measure with its state, filtered; nearest deadline first, or by code ({@code byCode}). */
    @Transactional
    public org.reformhub.kernel.api.Page<MeasureLine> lines(String programme, LineFilter filter, boolean byCode,
                                                             int offset, int limit) {
        Comparator<MeasureState> order = byCode
                ? Comparator.comparing(s -> s.measure().code(), Comparator.comparing(Dashboards::codeOrder))
                : Comparator.comparing(s -> s.measure().deadlineDate(), Comparator.nullsLast(Comparator.naturalOrder()));
        List<MeasureState> matching = states(programme).stream().filter(filter::matches).sorted(order).toList();
        return new org.reformhub.kernel.api.Page<>(matching.stream().skip(offset).limit(limit).map(MeasureLine::of).toList(),
                matching.size());
    }

    /** "1-02" before "10-01": measure codes order by their numbers, not as text. */
    private static String codeOrder(String code) {
        StringBuilder key = new StringBuilder();
        for (String part : code.split("-")) {
            key.append(part.matches("\\d{1,5}") ? String.format("%05d", Integer.parseInt(part)) : part).append('-');
        }
        return key.toString();
    }
}
