package org.reformhub.registry.measure.domain;

import java.math.BigDecimal;

/** A key figure a measure is judged by (e.g. “一次不用跑”清单, 项, from 128 to 189). */
public record Kpi(String name, String unit, BigDecimal baseline, BigDecimal target) {
}
