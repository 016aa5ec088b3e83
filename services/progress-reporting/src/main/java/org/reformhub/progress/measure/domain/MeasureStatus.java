package org.reformhub.progress.measure.domain;

/** A measure's status as a report claims it; its official status once a supervisor approved that report. */
public enum MeasureStatus {
    NOT_STARTED("未启动"),
    IN_PROGRESS("正在推进"),
    COMPLETED("已完成"),
    ONGOING("持续推进");

    private final String label;

    MeasureStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
