package org.reformhub.progress.tasktable.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.reformhub.progress.measure.domain.RegisteredMeasure;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The task-division table as it is reported upward, laid out so the registry's import reads it back. */
class OfficialTableTest {

    private static final RegisteredMeasure.Unit ZWSJ = new RegisteredMeasure.Unit("zwsj", "市政务服务数据管理局");
    private static final RegisteredMeasure.Unit ZRZY = new RegisteredMeasure.Unit("zrzy", "市自然资源局");
    private static final RegisteredMeasure.Unit SWJ = new RegisteredMeasure.Unit("swj", "国家税务总局珠海市税务局");

    private static RegisteredMeasure measure(String code, String list, String area, List<RegisteredMeasure.Unit> lead,
                                             List<RegisteredMeasure.Unit> cooperating, List<String> workItems,
                                             String deadlineKind, LocalDate deadline, String deadlineText) {
        return new RegisteredMeasure("p", code, list, area, "举措" + code, "做法", lead, cooperating, workItems, deadlineKind,
                deadline, deadlineText, "NOT_STATED", "", List.of(), false, Instant.EPOCH, 1);
    }

    private static OfficialTable.Entry entry(RegisteredMeasure m) {
        return new OfficialTable.Entry(m, Optional.empty());
    }

    @Test
    void measures_are_grouped_by_list_then_by_domain_with_their_counts_and_a_date_line() {
        OfficialTable table = OfficialTable.of("任务分工表", List.of(
                entry(measure("1-01", "REPLICATE", "开办企业", List.of(ZWSJ), List.of(), List.of("一网通办"), "DATE",
                        LocalDate.of(2026, 6, 30), null)),
                entry(measure("1-02", "REPLICATE", "开办企业", List.of(ZWSJ), List.of(), List.of("电子执照"), "ONGOING", null, null)),
                entry(measure("1-03", "REPLICATE", "获得电力", List.of(ZRZY), List.of(), List.of("并联审批"), "DATE", null, null)),
                entry(measure("2-01", "REFERENCE", "纳税", List.of(SWJ), List.of(), List.of("非接触式办税"), "DATE", null, null))),
                LocalDate.of(2026, 12, 7));

        assertEquals(List.of("一、在全省复制推广的改革举措（3项）", "二、供全省借鉴的改革举措（1项）"),
                table.lists().stream().map(OfficialTable.ListSection::header).toList());
        assertEquals(List.of("（一）开办企业（2项）", "（二）获得电力（1项）"),
                table.lists().get(0).domains().stream().map(OfficialTable.DomainSection::header).toList());
        assertEquals("数据截至2026年12月7日（根据已审核的工作进展报告生成）", table.dateLine());
        List<String> first = table.lists().get(0).domains().get(0).rows().get(0).cells();
        assertEquals(OfficialTable.COLUMNS.size(), first.size());
        assertEquals("1", first.get(0), "序号 is the measure's number within its list");
        assertEquals("2026年6月30日", first.get(5));
        assertEquals("持续推进", table.lists().get(0).domains().get(0).rows().get(1).cells().get(5));
    }

    @Test
    void responsibility_reads_lead_then_cooperating_units_as_the_table_writes_it() {
        assertEquals("市政务服务数据管理局", OfficialTable.responsibility(
                measure("1-01", "REPLICATE", "开办企业", List.of(ZWSJ), List.of(), List.of("x"), "DATE", null, null)));
        assertEquals("市政务服务数据管理局、市自然资源局牵头", OfficialTable.responsibility(
                measure("1-01", "REPLICATE", "开办企业", List.of(ZWSJ, ZRZY), List.of(), List.of("x"), "DATE", null, null)));
        assertEquals("市政务服务数据管理局牵头，市自然资源局、国家税务总局珠海市税务局配合", OfficialTable.responsibility(
                measure("1-01", "REPLICATE", "开办企业", List.of(ZWSJ), List.of(ZRZY, SWJ), List.of("x"), "DATE", null, null)));
    }

    @Test
    void several_work_items_are_numbered_one_is_written_as_it_is_and_a_deadline_as_the_table_wrote_it_stays() {
        OfficialTable table = OfficialTable.of("表", List.of(
                entry(measure("1-01", "REPLICATE", "开办企业", List.of(ZWSJ), List.of(), List.of("甲", "乙"), "DATE", null,
                        "2026年底前")),
                entry(measure("1-02", "REPLICATE", "开办企业", List.of(ZWSJ), List.of(), List.of("丙"), "DATE", null, null))),
                LocalDate.of(2026, 12, 7));
        List<OfficialTable.Row> rows = table.lists().get(0).domains().get(0).rows();
        assertEquals("1.甲\n2.乙", rows.get(0).cells().get(4));
        assertEquals("2026年底前", rows.get(0).cells().get(5));
        assertEquals("丙", rows.get(1).cells().get(4));
        assertEquals("", rows.get(1).cells().get(5), "no deadline known");
    }

    @Test
    void sections_are_numbered_in_chinese_numerals_up_to_ninety_nine() {
        assertEquals("一", OfficialTable.numeral(1));
        assertEquals("十", OfficialTable.numeral(10));
        assertEquals("十一", OfficialTable.numeral(11));
        assertEquals("二十", OfficialTable.numeral(20));
        assertEquals("九十九", OfficialTable.numeral(99));
        assertEquals("100", OfficialTable.numeral(100));
    }
}
