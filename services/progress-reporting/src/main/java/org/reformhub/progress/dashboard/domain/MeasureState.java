package org.reformhub.progress.dashboard.domain;

import org.reformhub.progress.measure.domain.MeasureAssessment;
import org.reformhub.progress.measure.domain.MeasureStatus;

/** A measure with its official status and derived state on a day: one row of a dashboard. */
public record MeasureState(MeasureRow measure, MeasureAssessment assessment) {

    public MeasureStatus status() {
        return measure.status() == null ? MeasureStatus.NOT_STARTED : measure.status();
    }

    public boolean completed() {
        return status() == MeasureStatus.COMPLETED;
    }
}
