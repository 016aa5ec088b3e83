package org.reformhub.progress.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.reformhub.progress.measure.application.TrackMeasures;
import org.reformhub.progress.measure.domain.RegisteredMeasure;
import org.reformhub.progress.report.application.FirstStatus;
import org.reformhub.progress.schedule.application.ManageSchedules;

/**
 * What this service learns from {@code reform.registry}: measures and programmes into its read model, a
 * reporting schedule for every programme, and for a measure seen for the first time its first official
 * status (the table's, or on a rebuild the one its approved reports already set).
 */
@ApplicationScoped
public class LearnFromRegistry {

    private final TrackMeasures measures;
    private final ManageSchedules schedules;
    private final FirstStatus firstStatus;

    public LearnFromRegistry(TrackMeasures measures, ManageSchedules schedules, FirstStatus firstStatus) {
        this.measures = measures;
        this.schedules = schedules;
        this.firstStatus = firstStatus;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void measureAnnounced(RegisteredMeasure measure) {
        TrackMeasures.Outcome outcome = measures.announced(measure);
        if (outcome == TrackMeasures.Outcome.NEW) {
            firstStatus.establish(measure, schedules.of(measure.programme()));
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void programmeAnnounced(String code, String title, String status, long version) {
        measures.programmeAnnounced(code, title, status, version);
        schedules.of(code);
    }
}
