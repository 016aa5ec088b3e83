package org.reformhub.appeals.appeal.domain;

/** How a rating was obtained: the enterprise rated the answer itself, or the office recorded it on a follow-up (回访). */
public enum RatingSource {
    ENTERPRISE("企业自评"),
    FOLLOW_UP("回访");

    private final String label;

    RatingSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
