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

    /** 不满意 and 非常不满意 send the case back for rectification. */
    public boolean reopens() {
        return this == DISSATISFIED || this == VERY_DISSATISFIED;
    }
}
