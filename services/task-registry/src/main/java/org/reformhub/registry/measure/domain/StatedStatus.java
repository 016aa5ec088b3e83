package org.reformhub.registry.measure.domain;

/** What the remark (备注) says: 已完成, 正在推进, or nothing. */
public enum StatedStatus {
    COMPLETED,
    IN_PROGRESS,
    NOT_STATED
}
