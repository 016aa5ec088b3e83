package org.reformhub.progress.measure.domain;

import java.math.BigDecimal;

/** A KPI the registry defines for a measure (e.g. 一次不用跑事项, 项, baseline 128, target 200). */
public record KpiDefinition(String name, String unit, BigDecimal baseline, BigDecimal target) {
}
