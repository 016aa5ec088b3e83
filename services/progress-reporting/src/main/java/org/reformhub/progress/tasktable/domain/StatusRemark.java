package org.reformhub.progress.tasktable.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.reformhub.progress.measure.domain.KpiDefinition;
import org.reformhub.progress.measure.domain.KpiValue;
import org.reformhub.progress.measure.domain.MeasureStatus;
import org.reformhub.progress.measure.domain.OfficialStatus;
import org.reformhub.progress.measure.domain.RegisteredMeasure;

/**
 * 备注 as the office writes it from the official status: "已完成。…" / "正在推进。…", then the KPI movements
 * ("一次不用跑事项由128项增加至189项"). The table's own remark stays as it was until a report replaces it.
 */
public final class StatusRemark {

    private StatusRemark() {
    }

    public static String of(RegisteredMeasure measure, Optional<OfficialStatus> official) {
        if (official.isEmpty()) {
            return measure.remark();
        }
        OfficialStatus status = official.get();
        String narrative = status.narrative() == null ? "" : status.narrative().strip();
        String label = status.status().label();
        StringBuilder remark = new StringBuilder();
        if (java.util.Arrays.stream(MeasureStatus.values()).anyMatch(s -> narrative.startsWith(s.label()))) {
            remark.append(narrative); // the imported 备注, or a narrative that already says its status
        } else if (!narrative.isEmpty() || status.status() != MeasureStatus.NOT_STARTED || !status.kpis().isEmpty()) {
            remark.append(label).append('。').append(narrative);
        }
        if (!status.kpis().isEmpty()) {
            if (!remark.toString().matches("(?s).*[。！？.!?]$")) {
                remark.append('。');
            }
            List<String> movements = new ArrayList<>();
            for (KpiValue value : status.kpis()) {
                movements.add(movement(definition(measure, value.name()), value.value()));
            }
            remark.append(String.join("，", movements)).append('。');
        }
        return remark.toString();
    }

    /** "一次不用跑事项由128项增加至189项", "…保持189项", or "…达到189项" without a baseline. */
    static String movement(KpiDefinition kpi, BigDecimal value) {
        String unit = kpi.unit() == null ? "" : kpi.unit();
        if (kpi.baseline() == null) {
            return kpi.name() + "达到" + plain(value) + unit;
        }
        int compared = value.compareTo(kpi.baseline());
        if (compared == 0) {
            return kpi.name() + "保持" + plain(value) + unit;
        }
        return kpi.name() + "由" + plain(kpi.baseline()) + unit + (compared > 0 ? "增加至" : "减少至") + plain(value) + unit;
    }

    private static KpiDefinition definition(RegisteredMeasure measure, String name) {
        return measure.kpis().stream().filter(k -> k.name().equals(name)).findFirst()
                .orElse(new KpiDefinition(name, "", null, null));
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
