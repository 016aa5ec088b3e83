package org.reformhub.registry.tasktable.domain;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.reformhub.registry.measure.domain.Kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ways task-division tables state targets, read into a target with a unit and a direction. */
class StatedTargetsTest {

    private static Kpi only(String text) {
        List<Kpi> targets = StatedTargets.read(text);
        assertEquals(1, targets.size(), text + " → " + targets);
        return targets.get(0);
    }

    private static void assertTarget(Kpi kpi, String name, String unit, String target, Kpi.Direction direction) {
        assertEquals(name, kpi.name());
        assertEquals(unit, kpi.unit());
        assertEquals(0, new BigDecimal(target).compareTo(kpi.target()), kpi.toString());
        assertEquals(direction, kpi.direction());
    }

    @Test
    void from_and_to_with_the_verb_deciding_the_direction() {
        Kpi grown = only("将“一次不用跑”清单由128项增加至189项");
        assertTarget(grown, "“一次不用跑”清单", "项", "189", Kpi.Direction.AT_LEAST);
        assertEquals(0, new BigDecimal(128).compareTo(grown.baseline()));
        assertTarget(only("开办时间由3个工作日压缩至1个工作日"), "开办时间", "个工作日", "1", Kpi.Direction.AT_MOST);
    }

    @Test
    void at_most_phrases_and_ranges_by_their_upper_bound() {
        assertTarget(only("二是将企业开办时间压缩至1个工作日以内"), "企业开办时间", "个工作日", "1", Kpi.Direction.AT_MOST);
        assertTarget(only("社会投资简易低风险项目审批时间不超过20个工作日"), "社会投资简易低风险项目审批时间", "个工作日", "20",
                Kpi.Direction.AT_MOST);
        assertTarget(only("用水报装时间缩短至3-5个工作日"), "用水报装时间", "个工作日", "5", Kpi.Direction.AT_MOST);
        assertTarget(only("获得电力平均停电时间降至2小时"), "获得电力平均停电时间", "小时", "2", Kpi.Direction.AT_MOST);
    }

    @Test
    void at_least_phrases_and_ranges_by_their_lower_bound() {
        assertTarget(only("政务服务事项网上可办率达到95%"), "政务服务事项网上可办率", "%", "95", Kpi.Direction.AT_LEAST);
        assertTarget(only("每年新增纳入“白名单”企业不少于50家"), "每年新增纳入“白名单”企业", "家", "50", Kpi.Direction.AT_LEAST);
        assertTarget(only("年内实现18个事项“一网通办”"), "年内", "个", "18", Kpi.Direction.AT_LEAST);
        assertTarget(only("实现18个事项“一网通办”"), "事项“一网通办”", "个", "18", Kpi.Direction.AT_LEAST);
        assertTarget(only("电子证照应用率提高至80％～90％"), "电子证照应用率", "%", "80", Kpi.Direction.AT_LEAST);
    }

    @Test
    void full_coverage_is_a_hundred_percent() {
        assertTarget(only("实现“一次不用跑”事项清单全覆盖"), "“一次不用跑”事项清单覆盖率", "%", "100", Kpi.Direction.AT_LEAST);
    }

    @Test
    void several_targets_in_one_text_each_once_and_words_without_figures_none() {
        List<Kpi> targets = StatedTargets.read("开办时间由3个工作日压缩至1个工作日；网上可办率达到95%，窗口等候时间不超过15分钟。");
        assertEquals(List.of("开办时间", "网上可办率", "窗口等候时间"), targets.stream().map(Kpi::name).toList());
        assertTrue(StatedTargets.read("实现商事主体办理证照“一次不用跑”").isEmpty());
        assertTrue(StatedTargets.read("推动政务服务标准化、规范化、便利化").isEmpty());
        assertTrue(StatedTargets.read(null).isEmpty());
    }

    @Test
    void a_reported_value_meets_a_target_by_its_direction() {
        Kpi days = new Kpi("开办时间", "个工作日", null, new BigDecimal(1), Kpi.Direction.AT_MOST);
        assertTrue(days.metBy(new BigDecimal("0.5")));
        assertFalse(days.metBy(new BigDecimal(2)));
        Kpi rate = new Kpi("网上可办率", "%", null, new BigDecimal(95), Kpi.Direction.AT_LEAST);
        assertTrue(rate.metBy(new BigDecimal(96)));
        assertFalse(rate.metBy(new BigDecimal(90)));
        assertFalse(rate.metBy(null));
        // stored before directions: read from the baseline
        assertEquals(Kpi.Direction.AT_MOST, new Kpi("x", "天", new BigDecimal(10), new BigDecimal(3)).direction());
    }

    /** What the two tables in the repository state: the seed's full coverage, the second table's 压缩至1个工作日. */
    @Test
    void the_seed_and_the_second_table_give_their_targets() throws Exception {
        List<Kpi> seed = TaskTableReader.read(TaskTableText.rows(org.reformhub.registry.tasktable.TableFiles.seedText()))
                .measures().stream().flatMap(m -> java.util.stream.Stream.concat(m.workItems().stream(),
                        java.util.stream.Stream.ofNullable(m.remark())))
                .flatMap(t -> StatedTargets.read(t).stream()).toList();
        assertTrue(seed.stream().anyMatch(k -> k.name().contains("一次不用跑") && k.unit().equals("%")
                && k.target().intValue() == 100), seed.toString());
        List<Kpi> second = TaskTableReader.read(TaskTableText.rows(org.reformhub.registry.tasktable.TableFiles.secondTableText()))
                .measures().stream().flatMap(m -> java.util.stream.Stream.concat(m.workItems().stream(),
                        java.util.stream.Stream.ofNullable(m.remark())))
                .flatMap(t -> StatedTargets.read(t).stream()).toList();
        assertTrue(second.stream().anyMatch(k -> k.name().equals("企业开办时间") && k.unit().equals("个工作日")
                && k.target().intValue() == 1 && k.direction() == Kpi.Direction.AT_MOST), second.toString());
    }
}
