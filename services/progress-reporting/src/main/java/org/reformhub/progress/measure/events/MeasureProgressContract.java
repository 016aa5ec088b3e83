package org.reformhub.progress.measure.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.reformhub.kernel.event.OutgoingEvent;
import org.reformhub.progress.measure.domain.KpiDefinition;
import org.reformhub.progress.measure.domain.KpiValue;
import org.reformhub.progress.measure.domain.OfficialStatus;
import org.reformhub.progress.measure.domain.RegisteredMeasure;

/**
 * The published contract of measure events on {@code reform.progress} (docs/events/schemas). Key:
 * {@code <programme>/<code>}, as on {@code reform.registry}, so one measure's events stay in order.
 */
public final class MeasureProgressContract {

    public static final String STATUS_CHANGED = "reform.progress.measure.status-changed.v1";
    public static final String OVERDUE = "reform.progress.measure.overdue.v1";
    public static final String KPI_RECORDED = "reform.progress.kpi.recorded.v1";

    public record UnitV1(String code, String name) {
    }

    public record MeasureV1(String programme, String code, String list, String domain, String title,
                            List<UnitV1> leadUnits, List<UnitV1> cooperatingUnits, String deadlineKind,
                            LocalDate deadlineDate) {
    }

    public record StatusChanged(MeasureV1 measure, String previousStatus, String status, String period, UUID reportId,
                                String narrative, Instant approvedAt) {
    }

    public record Overdue(MeasureV1 measure, String status, LocalDate deadline, long daysOverdue, LocalDate detectedOn) {
    }

    public record KpiRecorded(MeasureV1 measure, UUID reportId, String period, String name, String unit,
                              BigDecimal baseline, BigDecimal target, BigDecimal value, BigDecimal previousValue,
                              Instant recordedAt) {
    }

    private MeasureProgressContract() {
    }

    public static String key(String programme, String code) {
        return programme + "/" + code;
    }

    public static OutgoingEvent statusChanged(RegisteredMeasure m, OfficialStatus before, OfficialStatus now) {
        return new OutgoingEvent(STATUS_CHANGED, key(m.programme(), m.code()), new StatusChanged(measure(m),
                before == null ? null : before.status().name(), now.status().name(), now.period(), now.reportId(),
                now.narrative(), now.approvedAt()));
    }

    public static OutgoingEvent overdue(RegisteredMeasure m, String status, long daysOverdue, LocalDate today) {
        return new OutgoingEvent(OVERDUE, key(m.programme(), m.code()),
                new Overdue(measure(m), status, m.deadlineDate(), daysOverdue, today));
    }

    public static OutgoingEvent kpiRecorded(RegisteredMeasure m, OfficialStatus now, KpiValue value, BigDecimal previous) {
        KpiDefinition definition = m.kpis().stream().filter(k -> k.name().equals(value.name())).findFirst()
                .orElse(new KpiDefinition(value.name(), "", null, null));
        return new OutgoingEvent(KPI_RECORDED, key(m.programme(), m.code()), new KpiRecorded(measure(m), now.reportId(),
                now.period(), value.name(), definition.unit(), definition.baseline(), definition.target(), value.value(),
                previous, now.approvedAt()));
    }

    public static MeasureV1 measure(RegisteredMeasure m) {
        return new MeasureV1(m.programme(), m.code(), m.list(), m.area(), m.title(), units(m.leadUnits()),
                units(m.cooperatingUnits()), m.deadlineKind(), m.deadlineDate());
    }

    private static List<UnitV1> units(List<RegisteredMeasure.Unit> units) {
        return units.stream().map(u -> new UnitV1(u.code(), u.name())).toList();
    }
}
