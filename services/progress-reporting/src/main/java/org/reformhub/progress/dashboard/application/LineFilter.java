package org.reformhub.progress.dashboard.application;

import org.reformhub.progress.dashboard.domain.MeasureRow;
import org.reformhub.progress.dashboard.domain.MeasureState;
import org.reformhub.progress.measure.domain.DeadlineState;
import org.reformhub.progress.measure.domain.Health;
import org.reformhub.progress.measure.domain.MeasureStatus;

/** What the list of a programme's measures is filtered by; every part optional. */
public record LineFilter(Health health, DeadlineState deadline, MeasureStatus status, String domain, String lead,
                         String text) {

    boolean matches(MeasureState s) {
        MeasureRow m = s.measure();
        return (health == null || s.assessment().health() == health)
                && (deadline == null || s.assessment().deadline() == deadline)
                && (status == null || m.status() == status)
                && (domain == null || domain.equals(m.area()))
                && (lead == null || m.leads(lead))
                && (text == null || m.code().contains(text) || m.title().contains(text));
    }
}
