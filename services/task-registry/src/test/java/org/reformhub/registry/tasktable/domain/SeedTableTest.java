package org.reformhub.registry.tasktable.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every row of the city's table (deploy/seed/reform-task-table.txt, the repository's copy), as the reader must see it. */
class SeedTableTest {

    static ParsedTable table;
    static Map<String, ParsedMeasure> byCode;

    static String seedText() throws IOException {
        return org.reformhub.registry.tasktable.TableFiles.seedText();
    }

    @BeforeAll
    static void readSeed() throws IOException {
        table = TaskTableReader.read(TaskTableText.rows(seedText()));
        byCode = table.measures().stream().collect(Collectors.toMap(ParsedMeasure::code, Function.identity()));
    }

    @Test
    void the_heading_above_the_table_is_its_title() {
        org.junit.jupiter.api.Assertions.assertEquals(
                java.util.Optional.of("贯彻落实《我省形成在全省复制推广借鉴的优化营商环境改革举措清单》任务分工表"), table.heading());
    }

    @Test
    void the_seed_has_22_measures_in_two_lists_and_reads_without_errors_or_warnings() {
        assertEquals(List.of(), table.errors());
        assertEquals(List.of(), table.warnings());
        assertEquals(22, table.measures().size());
        assertEquals(11, table.measures().stream().filter(m -> m.code().startsWith("1-")).count());
        assertEquals(11, table.measures().stream().filter(m -> m.code().startsWith("2-")).count());
    }

    @ParameterizedTest(name = "{0} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            1-01|REPLICATE|开办企业|市政务服务数据管理局||2020-12-31|2|NOT_STATED
            1-02|REPLICATE|办理建筑许可|市自然资源局||ONGOING|1|COMPLETED
            1-03|REPLICATE|获得电力和用水用气|市住房城乡建设局|市自然资源局;珠海供电局;珠海水控集团|2020-06-30|3|NOT_STATED
            1-04|REPLICATE|获得电力和用水用气|市发展改革局|珠海供电局|2020-12-31|3|NOT_STATED
            1-05|REPLICATE|缴纳税费|珠海税务局||ONGOING|1|COMPLETED
            1-06|REPLICATE|缴纳税费|珠海税务局||2020-12-31|2|IN_PROGRESS
            1-07|REPLICATE|缴纳税费|珠海税务局||2020-06-30|6|IN_PROGRESS
            1-08|REPLICATE|信用环境|市政务服务数据管理局||2020-12-31|3|IN_PROGRESS
            1-09|REPLICATE|政务服务|市政务服务数据管理局||2020-12-31|2|IN_PROGRESS
            1-10|REPLICATE|执行合同|市中级人民法院||2020-12-31|3|IN_PROGRESS
            1-11|REPLICATE|营商法治化建设|市司法局||2021-12-31|1|IN_PROGRESS
            2-01|REFERENCE|开办企业|市市场监管局|各区（功能区）;市公安局;市政务服务数据管理局;珠海税务局|2020-12-31|3|NOT_STATED
            2-02|REFERENCE|跨境贸易|拱北海关||2020-12-31|4|IN_PROGRESS
            2-03|REFERENCE|获得信贷|市金融工作局||2020-12-31|2|IN_PROGRESS
            2-04|REFERENCE|获得信贷|市金融工作局||2020-12-31|1|IN_PROGRESS
            2-05|REFERENCE|土地节约集约利用|市自然资源局||ONGOING|1|NOT_STATED
            2-06|REFERENCE|土地节约集约利用|市自然资源局||2020-12-31|2|IN_PROGRESS
            2-07|REFERENCE|政务服务|市政务服务数据管理局||2021-12-31|1|NOT_STATED
            2-08|REFERENCE|政务服务|市政务服务数据管理局||2020-12-31|3|IN_PROGRESS
            2-09|REFERENCE|市场监管|市市场监管局||2021-06-30|3|IN_PROGRESS
            2-10|REFERENCE|市场监管|市市场监管局||2020-12-31|4|IN_PROGRESS
            2-11|REFERENCE|营商法治化建设|市司法局||2020-12-31|1|IN_PROGRESS
            """)
    void each_row_of_the_seed(String code, String list, String domain, String lead, String cooperating, String deadline,
                              int workItems, String status) {
        ParsedMeasure measure = byCode.get(code);
        assertEquals(list, measure.list().name());
        assertEquals(domain, measure.domain());
        assertEquals(List.of(lead.split(";")), measure.leadUnitNames());
        assertEquals(cooperating == null ? List.of() : List.of(cooperating.split(";")), measure.cooperatingUnitNames());
        assertEquals(deadline, measure.deadline().kind().name().equals("ONGOING") ? "ONGOING" : measure.deadline().date().toString());
        assertEquals(workItems, measure.workItems().size());
        assertEquals(status, measure.statedStatus().name());
    }

    @Test
    void work_items_lose_their_numbering_and_keep_their_order() {
        List<String> items = byCode.get("1-03").workItems();
        assertTrue(items.get(0).startsWith("缩短水电气外线工程施工报建"));
        assertTrue(items.get(1).startsWith("取消10kV电力线路规划许可审批"));
        assertTrue(items.get(2).startsWith("建立网上营业厅小口径水表"));
        assertTrue(byCode.get("1-07").workItems().get(4).startsWith("创新开发减税降费"));
    }

    @Test
    void titles_practices_and_origin_places() {
        ParsedMeasure secondsApproval = byCode.get("1-09");
        assertEquals("“秒批”政务服务", secondsApproval.title());
        assertEquals(List.of("深圳市", "广州市黄埔区（广州开发区）"), secondsApproval.originPlaces());
        assertEquals(List.of("佛山市"), byCode.get("1-01").originPlaces());
        assertEquals(List.of("佛山市顺德区"), byCode.get("2-05").originPlaces());
        assertTrue(byCode.get("1-01").practice().startsWith("佛山市大力推进“证照联办”改革"));
    }

    @Test
    void figures_stated_in_remarks() {
        List<StatedFigure> figures = byCode.get("1-06").figures();
        assertEquals(2, figures.size());
        assertEquals(new BigDecimal("128"), figures.get(0).from());
        assertEquals(new BigDecimal("189"), figures.get(0).to());
        assertEquals("项", figures.get(0).unit());
        assertEquals("“一次不用跑”清单", figures.get(0).subject());
        assertEquals(new BigDecimal("61"), figures.get(1).from());
        assertEquals(new BigDecimal("74"), figures.get(1).to());
        assertEquals("%", figures.get(1).unit());
    }

    @Test
    void a_remark_continued_on_untabbed_lines_is_kept_whole() {
        assertTrue(byCode.get("1-03").remark().startsWith("2019年7月出台的《珠海市全面开展工程建设项目审批制度改革实施方案》"));
        assertEquals("", byCode.get("1-01").remark());
    }
}
