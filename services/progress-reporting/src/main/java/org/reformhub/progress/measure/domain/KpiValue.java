package org.reformhub.progress.measure.domain;

import java.math.BigDecimal;

/** A value reported for one of the measure's KPIs (e.g. 一次不用跑事项 189 项), named as the registry defines it. */
public record KpiValue(String name, BigDecimal value) {
}
