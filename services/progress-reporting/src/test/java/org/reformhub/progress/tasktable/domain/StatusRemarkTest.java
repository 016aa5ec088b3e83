package org.reformhub.progress.tasktable.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.reformhub.progress.measure.domain.KpiValue;
import org.reformhub.progress.measure.domain.MeasureStatus;
import org.reformhub.progress.measure.domain.OfficialStatus;
import org.reformhub.progress.measure.domain.RegisteredMeasure;
import org.reformhub.progress.measure.domain.TrackedMeasureTest;

/** 备注 written as the office writes it: status first, then the narrative, then the KPI movements. */
class StatusRemarkTest {

    private static final RegisteredMeasure MEASURE = TrackedMeasureTest.secondsApproval(1, "“秒批”", "DATE",
            LocalDate.of(2026, 12, 31));

    private static Optional<OfficialStatus> official(MeasureStatus status, String narrative, List<KpiValue> kpis) {
        return Optional.of(new OfficialStatus(status, "2026-11", LocalDate.of(2026, 11, 25), narrative, kpis,
                UUID.randomUUID(), Instant.EPOCH));
    }

    @Test
    void status_narrative_and_kpi_movement() {
        assertEquals("已完成。已全面实现秒批。一次不用跑事项由128项增加至189项。", StatusRemark.of(MEASURE,
                official(MeasureStatus.COMPLETED, "已全面实现秒批", List.of(new KpiValue("一次不用跑事项", new BigDecimal("189.0"))))));
        assertEquals("正在推进。专区已上线。", StatusRemark.of(MEASURE, official(MeasureStatus.IN_PROGRESS, "专区已上线。", List.of())));
    }

    @Test
    void an_imported_remark_that_says_its_status_stays_as_written_and_no_status_stays_empty() {
        assertEquals("正在推进。已开设专区。", StatusRemark.of(MEASURE,
                official(MeasureStatus.IN_PROGRESS, "正在推进。已开设专区。", List.of())));
        assertEquals("", StatusRemark.of(MEASURE, official(MeasureStatus.NOT_STARTED, "", List.of())));
        assertEquals("正在推进", StatusRemark.of(MEASURE, Optional.empty()));
    }

    @Test
    void a_decrease_and_a_kpi_without_a_baseline() {
        assertEquals("办理时间由128项减少至64项", StatusRemark.movement(
                new org.reformhub.progress.measure.domain.KpiDefinition("办理时间", "项", new BigDecimal(128), null), new BigDecimal(64)));
        assertEquals("秒批事项达到50项", StatusRemark.movement(
                new org.reformhub.progress.measure.domain.KpiDefinition("秒批事项", "项", null, null), new BigDecimal(50)));
    }
}
