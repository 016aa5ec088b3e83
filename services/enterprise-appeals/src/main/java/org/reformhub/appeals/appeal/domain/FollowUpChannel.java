package org.reformhub.appeals.appeal.domain;

/** How the office reached the enterprise for a follow-up rating (回访). */
public enum FollowUpChannel {
    PHONE("电话回访"),
    SMS("短信回访"),
    VISIT("上门回访"),
    HOTLINE_12345("12345 热线回访");

    private final String label;

    FollowUpChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
