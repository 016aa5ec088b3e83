package org.reformhub.appeals.assessment.domain;

import java.time.LocalDate;

/**
 * What the figures need of one case, without anything that identifies the enterprise: its category, the month
 * it was filed, its lead unit, whether and how it was answered (working days taken), rated and reopened.
 */
public record CaseFacts(String category, String month, String leadUnit, boolean accepted, boolean answered,
                        Boolean answeredOnTime, Integer workingDaysToAnswer, String outcome, String rating,
                        int reopenCount, LocalDate dueDate, String district, String ratingSource) {

    public CaseFacts(String category, String month, String leadUnit, boolean accepted, boolean answered,
                     Boolean answeredOnTime, Integer workingDaysToAnswer, String outcome, String rating, int reopenCount,
                     LocalDate dueDate) {
        this(category, month, leadUnit, accepted, answered, answeredOnTime, workingDaysToAnswer, outcome, rating,
                reopenCount, dueDate, null, rating == null ? null : "ENTERPRISE");
    }

    /** Rated on the office's follow-up (回访) rather than by the enterprise itself. */
    public boolean ratedOnFollowUp() {
        return "FOLLOW_UP".equals(ratingSource);
    }

    public boolean resolved() {
        return "RESOLVED".equals(outcome);
    }

    public boolean rated() {
        return rating != null;
    }

    /** 非常满意, 满意 and 基本满意 count as satisfied. */
    public boolean satisfied() {
        return "VERY_SATISFIED".equals(rating) || "SATISFIED".equals(rating) || "BASICALLY_SATISFIED".equals(rating);
    }
}
