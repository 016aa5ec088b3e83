package org.reformhub.progress.measure.domain;

import java.math.BigDecimal;

/**
 * A KPI the registry defines for a measure (e.g. 一次不用跑事项, 项, baseline 128, target 200, at least; 开办时间, 个工作日,
 * target 1, at most). Without a direction (events before directions) a target below its baseline is met from above.
 */
public record KpiDefinition(String name, String unit, BigDecimal baseline, BigDecimal target, String direction) {

    public static final String AT_LEAST = "AT_LEAST";
    public static final String AT_MOST = "AT_MOST";

    public KpiDefinition {
        if (direction == null || !(direction.equals(AT_LEAST) || direction.equals(AT_MOST))) {
            direction = baseline != null && target != null && target.compareTo(baseline) < 0 ? AT_MOST : AT_LEAST;
        }
    }

    public KpiDefinition(String name, String unit, BigDecimal baseline, BigDecimal target) {
        this(name, unit, baseline, target, null);
    }

    /** Whether a reported value meets the target (false without a target or a value). */
    public boolean metBy(BigDecimal value) {
        if (target == null || value == null) {
            return false;
        }
        return AT_MOST.equals(direction) ? value.compareTo(target) <= 0 : value.compareTo(target) >= 0;
    }
}
