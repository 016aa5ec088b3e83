package org.reformhub.progress.dashboard.domain;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.reformhub.progress.measure.domain.DeadlineState;
import org.reformhub.progress.measure.domain.Health;
import org.reformhub.progress.measure.domain.MeasureStatus;

/** Counts of measures by status, health and deadline state, with the completion rate: a dashboard cell. */
public record Tally(int measures, Map<MeasureStatus, Integer> byStatus, Map<Health, Integer> byHealth,
                    Map<DeadlineState, Integer> byDeadline, int overdue, Double completedPercent) {

    public static Tally of(List<MeasureState> states) {
        Map<MeasureStatus, Integer> byStatus = new EnumMap<>(MeasureStatus.class);
        Map<Health, Integer> byHealth = new EnumMap<>(Health.class);
        Map<DeadlineState, Integer> byDeadline = new EnumMap<>(DeadlineState.class);
        for (MeasureStatus s : MeasureStatus.values()) {
            byStatus.put(s, 0);
        }
        for (Health h : Health.values()) {
            byHealth.put(h, 0);
        }
        for (DeadlineState d : DeadlineState.values()) {
            byDeadline.put(d, 0);
        }
        for (MeasureState state : states) {
            byStatus.merge(state.status(), 1, Integer::sum);
            byHealth.merge(state.assessment().health(), 1, Integer::sum);
            byDeadline.merge(state.assessment().deadline(), 1, Integer::sum);
        }
        int completed = byStatus.get(MeasureStatus.COMPLETED);
        return new Tally(states.size(), byStatus, byHealth, byDeadline, byDeadline.get(DeadlineState.OVERDUE),
                percent(completed, states.size()));
    }

    public static Double percent(int part, int whole) {
        return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 10.0;
    }
}
