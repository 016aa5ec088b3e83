package org.reformhub.registry.measure.domain;

import java.math.BigDecimal;

/**
 * A key figure a measure is judged by (e.g. “一次不用跑”清单, 项, from 128 to 189; 开办时间, 个工作日, at most 1): a target
 * with its unit and the way it is met — {@code AT_LEAST} the target (more is better) or {@code AT_MOST} (less is
 * better) — and, when the table gave one, the figure it starts from.
 */
public record Kpi(String name, String unit, BigDecimal baseline, BigDecimal target, Direction direction) {

    public enum Direction { AT_LEAST, AT_MOST }

    /** Without a direction (as stored before directions, or not given): a target below its baseline is reached from above. */
    public Kpi {
        if (direction == null) {
            direction = baseline != null && target != null && target.compareTo(baseline) < 0 ? Direction.AT_MOST
                    : Direction.AT_LEAST;
        }
    }

    public Kpi(String name, String unit, BigDecimal baseline, BigDecimal target) {
        this(name, unit, baseline, target, null);
    }

    /** Whether a reported value meets the target (no target: nothing to meet). */
    public boolean metBy(BigDecimal value) {
        if (target == null || value == null) {
            return false;
        }
        return direction == Direction.AT_MOST ? value.compareTo(target) <= 0 : value.compareTo(target) >= 0;
    }
}
