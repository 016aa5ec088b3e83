package org.reformhub.appeals.appeal.domain;

/** The enterprise's satisfaction with the answer, five levels; the last two reopen the case. */
public enum Rating {
    VERY_SATISFIED("非常满意"),
    SATISFIED("满意"),
    BASICALLY_SATISFIED("基本满意"),
    DISSATISFIED("不满意"),
    VERY_DISSATISFIED("非常不满意");

    private final String label;

    Rating(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The rating for a follow-up's score, 5 (非常满意) down to 1 (非常不满意), as telephone follow-ups record it.
     * The score must be 1–5.
     */
    public static Rating ofScore(int score) {
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("score " + score);
        }
        return values()[5 - score];
    }

    /** 不满意 and 非常不满意 send the case back for rectification. */
    public boolean reopens() {
        return this == DISSATISFIED || this == VERY_DISSATISFIED;
    }
}
