package org.reformhub.progress.measure.domain;

/** Where a measure stands against its 完成时限. Ongoing measures are never overdue but owe periodic reports. */
public enum DeadlineState {
    COMPLETED,
    ONGOING,
    NOT_DUE,
    DUE_SOON,
    OVERDUE,
    UNKNOWN
}
