package org.reformhub.registry.tasktable.domain;

/** What the remark (备注) says about the measure's state. */
public enum StatedStatus {
    /** 已完成 */
    COMPLETED,
    /** 正在推进 */
    IN_PROGRESS,
    /** the remark is empty or silent */
    NOT_STATED
}
