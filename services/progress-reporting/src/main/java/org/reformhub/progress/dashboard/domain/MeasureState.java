package org.reformhub.progress.dashboard.domain;

import java.util.Optional;

import org.reformhub.progress.measure.domain.MeasureAssessment;
import org.reformhub.progress.measure.domain.MeasureStatus;
import org.reformhub.progress.measure.domain.OfficialStatus;
import org.reformhub.progress.measure.domain.RegisteredMeasure;

/** A measure with its official status and derived state on a day: one row of a dashboard. */
public record MeasureState(RegisteredMeasure measure, Optional<OfficialStatus> official, MeasureAssessment assessment) {

    public MeasureStatus status() {
        return official.map(OfficialStatus::status).orElse(MeasureStatus.NOT_STARTED);
    }

    public boolean completed() {
        return status() == MeasureStatus.COMPLETED;
    }
}
