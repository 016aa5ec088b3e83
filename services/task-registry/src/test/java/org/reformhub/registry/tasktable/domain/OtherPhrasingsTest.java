package org.reformhub.registry.tasktable.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.reformhub.registry.measure.domain.Deadline;
import org.reformhub.registry.measure.domain.StatedStatus;

/** Tables of other cities in the same style: the rules are general, not fitted to one table. */
class OtherPhrasingsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2020年12月|2020-12-31
            2021年6月底|2021-06-30
            2020年底前|2020-12-31
            2021年底|2021-12-31
            2022年12月31日|2022-12-31
            2024年2月|2024-02-29
            2023年9月前|2023-09-30
            """)
    void dates(String text, String expected) {
        assertEquals(Deadline.on(LocalDate.parse(expected)), Deadlines.read(text).orElseThrow());
    }

    @ParameterizedTest
    @CsvSource({"持续推进", "长期坚持", "长期", "持续推进，每季度报送"})
    void ongoing(String text) {
        assertEquals(Deadline.ongoing(), Deadlines.read(text).orElseThrow());
    }

    @ParameterizedTest
    @CsvSource({"尽快", "2020年13月", "''", "明年"})
    void unreadable_deadlines(String text) {
        assertTrue(Deadlines.read(text).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            市住房城乡建设局统筹，市自然资源局、珠海供电局、珠海水控集团配合|市住房城乡建设局|市自然资源局;珠海供电局;珠海水控集团
            市发展改革局统筹、珠海供电局配合|市发展改革局|珠海供电局
            市市场监管局牵头统筹，各区（功能区）、市公安局配合|市市场监管局|各区（功能区）;市公安局
            市商务局、市发展改革局共同牵头，市财政局协同|市商务局;市发展改革局|市财政局
            市交通运输局负责，各区参与|市交通运输局|各区
            市司法局|市司法局|
            市科技局、市工业和信息化局|市科技局;市工业和信息化局|
            市人力资源社会保障局牵头；市医保局配合。|市人力资源社会保障局|市医保局
            """)
    void responsible_units(String text, String lead, String cooperating) {
        ResponsibleUnits.Split split = ResponsibleUnits.split(text);
        assertEquals(List.of(lead.split(";")), split.lead());
        assertEquals(cooperating == null ? List.of() : List.of(cooperating.split(";")), split.cooperating());
    }

    @Test
    void work_items_in_every_numbering_style() {
        assertEquals(List.of("甲", "乙"), WorkItems.split("1.甲\n2.乙"));
        assertEquals(List.of("甲", "乙"), WorkItems.split("1、甲\n\n2、乙"));
        assertEquals(List.of("甲", "乙"), WorkItems.split("（1）甲\n（2）乙"));
        assertEquals(List.of("甲", "乙"), WorkItems.split("(1) 甲\n(2) 乙"));
        assertEquals(List.of("甲", "乙"), WorkItems.split("①甲\n②乙"));
        assertEquals(List.of("加强统筹；", "推进试点；", "完善考核。"), WorkItems.split("一是加强统筹；二是推进试点；三是完善考核。"));
        assertEquals(List.of("段落一", "段落二"), WorkItems.split("段落一\n\n段落二"));
        assertEquals(List.of("2019年10月出台实施细则。"), WorkItems.split("2019年10月出台实施细则。"));
    }

    @Test
    void statuses_and_figures_in_remarks() {
        assertEquals(StatedStatus.COMPLETED, Remarks.status("已完成。目前已惠及全市23.9万固定业户"));
        assertEquals(StatedStatus.IN_PROGRESS, Remarks.status("正在推进。"));
        assertEquals(StatedStatus.NOT_STATED, Remarks.status(""));
        assertEquals(StatedStatus.NOT_STATED, Remarks.status("2019年7月出台方案"));
        List<StatedFigure> figures = Remarks.figures("审批时间由20个工作日压缩至5个工作日，办结率由61％提高到98％。");
        assertEquals(2, figures.size());
        assertEquals("个", figures.get(0).unit().substring(0, 1));
        assertEquals("%", figures.get(1).unit());
        assertEquals("办结率", figures.get(1).subject());
    }

    @Test
    void a_table_with_one_list_and_crlf_lines_in_another_citys_style() {
        String table = String.join("\r\n",
                "附件1", "", "某市复制推广改革举措任务分工表",
                "一、在全省复制推广的改革举措（2项）",
                "\t序号", "\t改革措施", "\t主要做法", "\t责任单位", "\t工作措施", "\t完成时限", "\t备注",
                "\t（一）获得用水用气（2项）",
                "\t1", "\t用水报装“零跑动”", "\t东莞市推行用水报装全程网办。", "\t市水务局牵头，市供水公司配合",
                "\t（1）推行网上报装；", "（2）压缩报装时限。", "\t2021年6月底", "\t已完成。报装时间由10天压缩至3天。",
                "\t2", "\t用气报装提速", "\t佛山市南海区压缩用气报装环节。", "\t市燃气集团", "\t一是精简材料；二是并联审批。",
                "\t长期坚持", "\t");
        ParsedTable parsed = TaskTableReader.read(TaskTableText.rows(table));

        assertEquals(List.of(), parsed.errors());
        assertEquals(2, parsed.measures().size());
        ParsedMeasure water = parsed.measures().get(0);
        assertEquals("1-01", water.code());
        assertEquals("获得用水用气", water.domain());
        assertEquals(List.of("推行网上报装；", "压缩报装时限。"), water.workItems());
        assertEquals(List.of("市供水公司"), water.cooperatingUnitNames());
        assertEquals(StatedStatus.COMPLETED, water.statedStatus());
        assertEquals("天", water.figures().get(0).unit());
        ParsedMeasure gas = parsed.measures().get(1);
        assertEquals(List.of("佛山市南海区"), gas.originPlaces());
        assertEquals(Deadline.ongoing(), gas.deadline());
        assertEquals(2, gas.workItems().size());
    }

    @Test
    void a_row_of_five_cells_makes_the_table_unusable() {
        String table = String.join("\n", "一、在全省复制推广的改革举措", "\t（一）开办企业",
                "\t1", "\t证照联办", "\t做法", "\t市政务服务数据管理局", "\t2020年12月");
        ParsedTable parsed = TaskTableReader.read(TaskTableText.rows(table));
        assertFalse(parsed.usable());
        assertTrue(parsed.errors().get(0).contains("1-01"));
    }

    @Test
    void an_unreadable_deadline_and_a_missing_remark_are_warnings() {
        String table = String.join("\n", "一、在全省复制推广的改革举措", "\t（一）开办企业",
                "\t1", "\t证照联办", "\t做法", "\t市政务服务数据管理局", "\t1.措施", "\t尽快");
        ParsedTable parsed = TaskTableReader.read(TaskTableText.rows(table));
        assertTrue(parsed.usable());
        assertEquals(List.of(ImportWarning.Kind.MISSING_CELLS, ImportWarning.Kind.UNREADABLE_DEADLINE),
                parsed.warnings().stream().map(ImportWarning::kind).toList());
    }

    @Test
    void text_that_is_no_table_is_unusable() {
        assertFalse(TaskTableReader.read(TaskTableText.rows("")).usable());
        assertFalse(TaskTableReader.read(TaskTableText.rows("hello\nworld\n\u0000\u0001binary")).usable());
    }
}
