package org.reformhub.progress.measure.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The read model takes only what is newer than what it holds: redelivery, replay and late events change nothing. */
public class TrackedMeasureTest {

    private static RegisteredMeasure secondsApproval(long version, String title) {
        return secondsApproval(version, title, "DATE", LocalDate.of(2020, 12, 31));
    }

    /** A measure as the registry announces it: zwsj leads, zrzy cooperates, two work items, one KPI. */
    public static RegisteredMeasure secondsApproval(long version, String title, String deadlineKind, LocalDate deadline) {
        return new RegisteredMeasure("yshj-2020", "1-09", "REPLICATE", "政务服务", title, "推行“秒批”",
                List.of(new RegisteredMeasure.Unit("zwsj", "市政务服务数据管理局")),
                List.of(new RegisteredMeasure.Unit("zrzy", "市自然资源局")), List.of("开设专区", "自动审批"), deadlineKind,
                deadline, null, "IN_PROGRESS", "正在推进", List.of(new KpiDefinition("一次不用跑事项", "项",
                new java.math.BigDecimal(128), new java.math.BigDecimal(200))), false, Instant.EPOCH, version);
    }

    @Test
    void a_newer_announcement_replaces_what_is_held() {
        TrackedMeasure measure = TrackedMeasure.of(secondsApproval(0, "“秒批”政务服务"), Instant.EPOCH);
        assertTrue(measure.apply(secondsApproval(2, "“秒批”改革"), Instant.EPOCH));
        assertEquals("“秒批”改革", measure.asRegistered().title());
        assertEquals(2, measure.asRegistered().version());
    }

    @Test
    void an_older_or_repeated_announcement_changes_nothing() {
        TrackedMeasure measure = TrackedMeasure.of(secondsApproval(2, "“秒批”改革"), Instant.EPOCH);
        assertFalse(measure.apply(secondsApproval(1, "旧标题"), Instant.EPOCH));
        assertFalse(measure.apply(secondsApproval(2, "“秒批”改革"), Instant.EPOCH));
        assertEquals("“秒批”改革", measure.asRegistered().title());
    }

    @Test
    void lead_and_cooperating_units_are_responsible_others_not() {
        RegisteredMeasure measure = secondsApproval(0, "x");
        assertTrue(measure.isResponsible("zwsj"));
        assertTrue(measure.isResponsible("zrzy"));
        assertFalse(measure.isResponsible("gdj"));
    }

    @Test
    void a_later_period_sets_the_official_status_a_late_approval_of_an_earlier_one_does_not() {
        TrackedMeasure measure = TrackedMeasure.of(secondsApproval(0, "x"), Instant.EPOCH);
        OfficialStatus november = new OfficialStatus(MeasureStatus.IN_PROGRESS, "2026-11", LocalDate.of(2026, 11, 25), "n",
                List.of(), java.util.UUID.randomUUID(), Instant.parse("2026-11-26T00:00:00Z"));
        OfficialStatus october = new OfficialStatus(MeasureStatus.COMPLETED, "2026-10", LocalDate.of(2026, 10, 25), "o",
                List.of(), java.util.UUID.randomUUID(), Instant.parse("2026-11-27T00:00:00Z"));
        assertTrue(measure.record(november));
        assertFalse(measure.record(october));
        assertEquals(MeasureStatus.IN_PROGRESS, measure.official().orElseThrow().status());
    }
}
