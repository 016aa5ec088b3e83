package org.reformhub.progress.measure.application;

import org.reformhub.progress.measure.domain.MeasureAssessment;

/**
 * How a measure stands today (health, deadline, the units' reports), computed where the dashboards compute every
 * measure's (and cached there); a port, so the measure feature does not depend on the dashboards that use it.
 */
public interface MeasureStanding {

    /** Today's assessment; refused as an unknown or archived measure. */
    MeasureAssessment assessment(String programme, String code);
}
