package org.reformhub.progress.measure.domain;

/** 进展健康度, by the rules in {@link MeasureAssessment}: worst rule wins. */
public enum Health {
    ON_TRACK,
    AT_RISK,
    OFF_TRACK
}
