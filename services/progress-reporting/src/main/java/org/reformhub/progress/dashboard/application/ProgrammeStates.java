package org.reformhub.progress.dashboard.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.reformhub.kernel.city.CityTime;
import org.reformhub.kernel.rule.RejectedException;
import org.reformhub.progress.dashboard.domain.MeasureRow;
import org.reformhub.progress.dashboard.domain.MeasureState;
import org.reformhub.progress.dashboard.domain.PeriodFigures;
import org.reformhub.progress.dashboard.infrastructure.ProgressFigures;
import org.reformhub.progress.measure.application.MeasureChanges;
import org.reformhub.progress.measure.domain.MeasureAssessment;
import org.reformhub.progress.measure.domain.MeasureRejection;
import org.reformhub.progress.schedule.application.ManageSchedules;

/**
 * Every measure of a programme with its state today (health, deadline, reasons), computed from the read model and
 * held while the programme's change number and the day stay the same (decision 0006): the dashboards, scorecards and
 * ranking all read the same states.
 */
@ApplicationScoped
public class ProgrammeStates {

    private final MeasureChanges changes;
    private final ManageSchedules schedules;
    private final ProgressFigures figures;

    public ProgrammeStates(MeasureChanges changes, ManageSchedules schedules, ProgressFigures figures) {
        this.changes = changes;
        this.schedules = schedules;
        this.figures = figures;
    }

    /** A programme's states at a change number and day, with the views derived from them once asked for. */
    public record Computed(long version, LocalDate day, List<MeasureState> states, List<PeriodFigures> trend,
                           ConcurrentHashMap<String, Dashboards.Scorecard> scorecards, List<Dashboards.Scorecard> ranking) {

        Computed withRanking(List<Dashboards.Scorecard> ranking) {
            return new Computed(version, day, states, trend, scorecards, ranking);
        }

        Computed withTrend(List<PeriodFigures> trend) {
            return new Computed(version, day, states, trend, scorecards, ranking);
        }
    }

    private static final int CACHED_PROGRAMMES = 32;
    /** Above this many changed measures a full recomputation is as cheap as patching. */
    private static final int PATCH_LIMIT = 200;
    private static final Comparator<MeasureState> CODE_ORDER = Comparator
            .comparingInt((MeasureState s) -> Integer.parseInt(s.measure().code().substring(0, s.measure().code().indexOf('-'))))
            .thenComparingInt(s -> Integer.parseInt(s.measure().code().substring(s.measure().code().indexOf('-') + 1)));
    private final ConcurrentHashMap<String, Computed> computed = new ConcurrentHashMap<>();

    /**
     * The programme's states: from the cache when its change number (MeasureChanges, commit-ordered) is the one
     * they were computed at; patched for the measures changed since, when they are few; else computed again.
     * Never stale, whichever instance made the change (decision 0006).
     */
    Computed of(String programme) {
        long version = changes.current(programme);
        LocalDate today = CityTime.today();
        Computed held = computed.get(programme);
        if (held != null && held.version() == version && held.day().equals(today)) {
            return held;
        }
        List<MeasureState> states = null;
        if (held != null && held.day().equals(today) && version > held.version()) {
            List<String> changed = changes.since(programme, held.version());
            if (!changed.contains(MeasureChanges.ALL) && changed.size() <= PATCH_LIMIT) {
                states = patched(programme, held.states(), changed);
            }
        }
        if (states == null) {
            states = compute(programme, null);
        }
        if (states.isEmpty()) {
            RejectedException.raise(new MeasureRejection.UnknownProgramme(programme));
        }
        Computed fresh = new Computed(version, today, states, null, new ConcurrentHashMap<>(), null);
        if (computed.size() >= CACHED_PROGRAMMES) {
            computed.clear();
        }
        computed.put(programme, fresh);
        return fresh;
    }

    /** The held states with the changed measures read again (an archived one drops out). */
    private List<MeasureState> patched(String programme, List<MeasureState> held, List<String> changed) {
        Set<String> codes = new HashSet<>(changed);
        List<MeasureState> states = new ArrayList<>(held.size() + codes.size());
        held.stream().filter(s -> !codes.contains(s.measure().code())).forEach(states::add);
        states.addAll(compute(programme, codes));
        states.sort(CODE_ORDER);
        return List.copyOf(states);
    }

    /** One measure's state, computed afresh (empty when it is archived). */
    List<MeasureState> one(String programme, String code) {
        return compute(programme, List.of(code));
    }

    /** Keeps a view derived from the held states (the ranking, the trend) with them. */
    Computed keep(String programme, Computed withView) {
        computed.put(programme, withView);
        return withView;
    }

    private List<MeasureState> compute(String programme, Collection<String> codes) {
        List<MeasureRow> rows = figures.measures(programme, null, codes);
        LocalDate today = CityTime.today();
        Instant now = Instant.now();
        Map<String, Integer> missing = schedules.missingPerMeasure(programme, today, codes);
        Map<String, Integer> returned = figures.returnedWaiting(programme, codes);
        Map<String, Instant> support = figures.supportWaitingSince(programme, codes);
        List<MeasureState> states = new ArrayList<>(rows.size());
        for (MeasureRow m : rows) {
            var facts = new MeasureAssessment.Facts(m.status(), m.deadlineKind(), m.deadlineDate(),
                    missing.getOrDefault(m.code(), 0), returned.getOrDefault(m.code(), 0), support.get(m.code()));
            states.add(new MeasureState(m, MeasureAssessment.of(facts, today, now)));
        }
        return states;
    }
}
