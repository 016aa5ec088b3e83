package org.reformhub.registry.measure.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reformhub.registry.department.domain.ResponsibleUnit;

class MeasureContentTest {

    static final ResponsibleUnit ZWSJ = new ResponsibleUnit("zwsj", "市政务服务数据管理局");
    static final ResponsibleUnit ZRZY = new ResponsibleUnit("zrzy", "市自然资源局");

    static MeasureContent secondsApproval() {
        return MeasureContent.builder().list(MeasureList.REPLICATE).area("政务服务").title("“秒批”政务服务")
                .practice("深圳市推出…").originPlaces(List.of("深圳市")).leadUnits(List.of(ZWSJ))
                .workItems(List.of("开设专区", "自动审批")).deadline(Deadline.on(LocalDate.of(2020, 12, 31)), "2020年12月")
                .remark("正在推进").statedStatus(StatedStatus.IN_PROGRESS).build();
    }

    @Test
    void identical_content_has_no_changes() {
        assertEquals(List.of(), secondsApproval().changesTo(secondsApproval()));
    }

    @Test
    void changes_name_each_field_with_its_old_and_new_value_in_a_fixed_order() {
        MeasureContent before = secondsApproval();
        MeasureContent after = before.toBuilder().title("“秒批”改革").cooperatingUnits(List.of(ZRZY)).remark("已完成")
                .statedStatus(StatedStatus.COMPLETED).build();

        List<MeasureContent.FieldChange> changes = before.changesTo(after);

        assertEquals(List.of("title", "cooperatingUnits", "remark", "statedStatus"),
                changes.stream().map(MeasureContent.FieldChange::field).toList());
        assertEquals("“秒批”政务服务", changes.get(0).from());
        assertEquals(List.of(ZRZY), changes.get(1).to());
    }

    @Test
    void a_measure_without_a_lead_unit_cannot_exist() {
        MeasureContent c = secondsApproval();
        assertThrows(IllegalArgumentException.class, () -> c.toBuilder().leadUnits(List.of()).build());
    }

    @Test
    void changing_a_measure_returns_what_changed_and_archiving_is_once() {
        Measure measure = new Measure(MeasureId.of("yshj-2020", "1-09"), secondsApproval(), Instant.EPOCH);
        MeasureContent later = secondsApproval().toBuilder().deadline(Deadline.ongoing(), "持续推进").build();

        assertEquals(List.of("deadline", "deadlineText"),
                measure.change(later, Instant.EPOCH).stream().map(MeasureContent.FieldChange::field).toList());
        assertEquals(List.of(), measure.change(later, Instant.EPOCH));
        assertEquals(java.util.Optional.empty(), measure.archive(Instant.EPOCH));
        assertEquals(java.util.Optional.of(new MeasureRejection.MeasureArchived(measure.id())), measure.archive(Instant.EPOCH));
        // an archived measure refuses edits; one read at another version too
        assertEquals(java.util.Optional.of(new MeasureRejection.MeasureArchived(measure.id())), measure.refuseEdit(0));
        assertEquals(java.util.Optional.of(new MeasureRejection.StaleVersion(measure.id(), 0, 7)), measure.refuseEdit(7));
    }

    @Test
    void a_department_merge_replaces_the_unit_and_a_unit_both_lead_and_cooperating_stays_lead() {
        ResponsibleUnit dup = new ResponsibleUnit("dup", "珠海市政数局");
        MeasureContent content = secondsApproval().toBuilder().cooperatingUnits(List.of(dup, ZRZY)).build();
        MeasureContent merged = content.withUnitReplaced("dup", ZWSJ);
        assertEquals(List.of(ZWSJ), merged.leadUnits());
        assertEquals(List.of(ZRZY), merged.cooperatingUnits());
    }
}
