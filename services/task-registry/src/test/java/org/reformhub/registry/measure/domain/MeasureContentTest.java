package org.reformhub.registry.measure.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class MeasureContentTest {

    static final ResponsibleUnit ZWSJ = new ResponsibleUnit("zwsj", "市政务服务数据管理局");
    static final ResponsibleUnit ZRZY = new ResponsibleUnit("zrzy", "市自然资源局");

    static MeasureContent secondsApproval() {
        return new MeasureContent(MeasureList.REPLICATE, "政务服务", "“秒批”政务服务", "深圳市推出…", List.of("深圳市"),
                List.of(ZWSJ), List.of(), List.of("开设专区", "自动审批"), Deadline.on(LocalDate.of(2020, 12, 31)), "2020年12月",
                "正在推进", StatedStatus.IN_PROGRESS, List.of());
    }

    @Test
    void identical_content_has_no_changes() {
        assertEquals(List.of(), secondsApproval().changesTo(secondsApproval()));
    }

    @Test
    void changes_name_each_field_with_its_old_and_new_value_in_a_fixed_order() {
        MeasureContent before = secondsApproval();
        MeasureContent after = new MeasureContent(before.list(), before.domain(), "“秒批”改革", before.practice(),
                before.originPlaces(), before.leadUnits(), List.of(ZRZY), before.workItems(), before.deadline(),
                before.deadlineText(), "已完成", StatedStatus.COMPLETED, before.kpis());

        List<MeasureContent.FieldChange> changes = before.changesTo(after);

        assertEquals(List.of("title", "cooperatingUnits", "remark", "statedStatus"),
                changes.stream().map(MeasureContent.FieldChange::field).toList());
        assertEquals("“秒批”政务服务", changes.get(0).from());
        assertEquals(List.of(ZRZY), changes.get(1).to());
    }

    @Test
    void a_measure_without_a_lead_unit_cannot_exist() {
        MeasureContent c = secondsApproval();
        assertThrows(IllegalArgumentException.class, () -> new MeasureContent(c.list(), c.domain(), c.title(), c.practice(),
                c.originPlaces(), List.of(), c.cooperatingUnits(), c.workItems(), c.deadline(), c.deadlineText(), c.remark(),
                c.statedStatus(), c.kpis()));
    }

    @Test
    void changing_a_measure_returns_what_changed_and_archiving_is_once() {
        Measure measure = new Measure("1-09", secondsApproval(), Instant.EPOCH);
        MeasureContent c = secondsApproval();
        MeasureContent later = new MeasureContent(c.list(), c.domain(), c.title(), c.practice(), c.originPlaces(),
                c.leadUnits(), c.cooperatingUnits(), c.workItems(), Deadline.ongoing(), "持续推进", c.remark(),
                c.statedStatus(), c.kpis());

        assertEquals(List.of("deadline", "deadlineText"),
                measure.change(later, Instant.EPOCH).stream().map(MeasureContent.FieldChange::field).toList());
        assertEquals(List.of(), measure.change(later, Instant.EPOCH));
        assertEquals(true, measure.archive(Instant.EPOCH));
        assertEquals(false, measure.archive(Instant.EPOCH));
    }
}
