package org.reformhub.progress.dashboard.application;

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
import org.reformhub.progress.dashboard.domain.MeasureState;
import org.reformhub.progress.dashboard.domain.PeriodFigures;
import org.reformhub.progress.dashboard.domain.Tally;
import org.reformhub.progress.dashboard.infrastructure.ProgressFigures;
import org.reformhub.progress.measure.application.TrackMeasures;
import org.reformhub.progress.measure.domain.DeadlineState;
import org.reformhub.progress.measure.domain.Health;
import org.reformhub.progress.measure.domain.MeasureAssessment;
import org.reformhub.progress.measure.domain.MeasureRejection;
import org.reformhub.progress.measure.domain.RegisteredMeasure;
import org.reformhub.progress.measure.domain.TrackedMeasure;
import org.reformhub.progress.schedule.application.ManageSchedules;
import org.reformhub.progress.schedule.domain.ReportingSchedule;

/** Dashboards, scorecards and the public summary, computed from the read model on request. */
@ApplicationScoped
public class Dashboards {

    /** One line of a list on a dashboard (overdue, due soon, off track). */
    public record MeasureLine(String programme, String code, String title, String domain, List<String> leadUnits,
                              LocalDate deadline, Long daysToDeadline, String status, Health health,
                              List<MeasureAssessment.Reason> reasons) {
        static MeasureLine of(MeasureState s) {
            return new MeasureLine(s.measure().programme(), s.measure().code(), s.measure().title(), s.measure().area(),
                    s.measure().leadUnits().stream().map(RegisteredMeasure.Unit::name).toList(), s.measure().deadlineDate(),
                    s.assessment().daysToDeadline(), s.status().name(), s.assessment().health(), s.assessment().reasons());
        }
    }

    public record ProgrammeDashboard(String programme, LocalDate asOf, Tally total, Map<String, Tally> byList,
                                     Map<String, Tally> byDomain, List<MeasureLine> overdue, List<MeasureLine> dueSoon,
                                     List<MeasureLine> offTrack, List<MeasureLine> atRisk) {
    }

    public record Scorecard(String programme, String dept, LocalDate asOf, int measuresLed, int measuresCoOwned,
                            int reportsDue, int reportsOnTime, int reportsLate, int reportsMissing, Double onTimeRate,
                            int overdueLed, int completedLed, Double completionRate, int timesReturned,
                            List<PeriodFigures> trend) {
    }

    public record Trend(String programme, LocalDate asOf, List<PeriodFigures> periods) {
    }

    private final TrackMeasures measures;
    private final ManageSchedules schedules;
    private final ProgressFigures figures;

    public Dashboards(TrackMeasures measures, ManageSchedules schedules, ProgressFigures figures) {
        this.measures = measures;
        this.schedules = schedules;
        this.figures = figures;
    }

    /** Every measure of the programme in force, with its state today. */
    @Transactional
    public List<MeasureState> states(String programme) {
        LocalDate today = today();
        Instant now = Instant.now();
        List<TrackedMeasure> tracked = measures.inForce(programme);
        if (tracked.isEmpty()) {
            RejectedException.raise(new MeasureRejection.UnknownProgramme(programme));
        }
        Map<String, Integer> missing = schedules.missingPerMeasure(programme, today);
        Map<String, Integer> returned = figures.returnedWaiting(programme);
        Map<String, Instant> support = figures.supportWaitingSince(programme);
        List<MeasureState> states = new ArrayList<>(tracked.size());
        for (TrackedMeasure t : tracked) {
            RegisteredMeasure m = t.asRegistered();
            var official = t.official();
            var facts = new MeasureAssessment.Facts(official.map(o -> o.status()).orElse(null), m.deadlineKind(),
                    m.deadlineDate(), missing.getOrDefault(m.code(), 0), returned.getOrDefault(m.code(), 0),
                    support.get(m.code()));
            states.add(new MeasureState(m, official, MeasureAssessment.of(facts, today, now)));
        }
        return states;
    }

    @Transactional
    public MeasureState state(String programme, String code) {
        measures.require(programme, code, false);
        return states(programme).stream().filter(s -> s.measure().code().equals(code)).findFirst()
                .orElseThrow(() -> new RejectedException(new MeasureRejection.MeasureArchived(programme, code)));
    }

    @Transactional
    public ProgrammeDashboard programme(String programme) {
        List<MeasureState> states = states(programme);
        Map<String, Tally> byList = grouped(states, s -> s.measure().list());
        Map<String, Tally> byDomain = grouped(states, s -> s.measure().area());
        Comparator<MeasureState> byDeadline = Comparator.comparing(s -> s.measure().deadlineDate(),
                Comparator.nullsLast(Comparator.naturalOrder()));
        return new ProgrammeDashboard(programme, today(), Tally.of(states), byList, byDomain,
                lines(states, s -> s.assessment().deadline() == DeadlineState.OVERDUE, byDeadline),
                lines(states, s -> s.assessment().deadline() == DeadlineState.DUE_SOON, byDeadline),
                lines(states, s -> s.assessment().health() == Health.OFF_TRACK, byDeadline),
                lines(states, s -> s.assessment().health() == Health.AT_RISK, byDeadline));
    }

    @Transactional
    public Scorecard scorecard(String programme, String dept) {
        List<MeasureState> states = states(programme);
        List<MeasureState> led = states.stream().filter(s -> s.measure().leads(dept)).toList();
        long coOwned = states.stream().filter(s -> s.measure().isResponsible(dept) && !s.measure().leads(dept)).count();
        List<PeriodFigures> trend = figures.periods(programme, dept, today());
        int due = trend.stream().mapToInt(PeriodFigures::due).sum();
        int onTime = trend.stream().mapToInt(PeriodFigures::onTime).sum();
        int late = trend.stream().mapToInt(PeriodFigures::late).sum();
        int missing = trend.stream().mapToInt(PeriodFigures::missing).sum();
        int completed = (int) led.stream().filter(MeasureState::completed).count();
        int overdue = (int) led.stream().filter(s -> s.assessment().deadline() == DeadlineState.OVERDUE).count();
        return new Scorecard(programme, dept, today(), led.size(), (int) coOwned, due, onTime, late, missing,
                Tally.percent(onTime, due), overdue, completed, Tally.percent(completed, led.size()),
                figures.timesReturned(programme, dept), trend);
    }

    /** Every responsible department of the programme, best first: on-time rate, then fewest overdue measures led. */
    @Transactional
    public List<Scorecard> ranking(String programme) {
        List<MeasureState> states = states(programme);
        LocalDate today = today();
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
        return cards;
    }

    @Transactional
    public Trend trend(String programme) {
        states(programme);
        return new Trend(programme, today(), figures.periods(programme, null, today()));
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

    private static Map<String, Tally> grouped(List<MeasureState> states, java.util.function.Function<MeasureState, String> key) {
        Map<String, List<MeasureState>> groups = states.stream()
                .collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
        Map<String, Tally> tallies = new LinkedHashMap<>();
        groups.forEach((k, v) -> tallies.put(k, Tally.of(v)));
        return tallies;
    }

    private static List<MeasureLine> lines(List<MeasureState> states, java.util.function.Predicate<MeasureState> which,
                                           Comparator<MeasureState> order) {
        return states.stream().filter(which).sorted(order).map(MeasureLine::of).toList();
    }

    static LocalDate today() {
        return LocalDate.now(ReportingSchedule.CITY);
    }
}
