package org.reformhub.progress.measure.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/**
 * Where a measure stands on one KPI: the target and how it is met, the value its approved status reports (null when
 * none yet), and whether that value meets the target.
 */
public record KpiStanding(String name, String unit, BigDecimal target, String direction, @Schema(nullable = true) BigDecimal value, boolean met) {

    /** Every KPI with a target, with the value reported for it, in the registry's order. */
    public static List<KpiStanding> of(List<KpiDefinition> definitions, List<KpiValue> values) {
        return definitions.stream().filter(d -> d.target() != null).map(d -> {
            BigDecimal value = values.stream().filter(v -> v.name().equals(d.name())).map(KpiValue::value).findFirst()
                    .orElse(null);
            return new KpiStanding(d.name(), d.unit(), d.target(), d.direction(), value, d.metBy(value));
        }).toList();
    }
}
