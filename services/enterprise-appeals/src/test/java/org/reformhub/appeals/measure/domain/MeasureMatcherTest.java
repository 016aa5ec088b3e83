package org.reformhub.appeals.measure.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class MeasureMatcherTest {

    static KnownMeasure measure(String code, String text, boolean archived) {
        return new KnownMeasure("yshj-2020", code, text, "营商环境", text, List.of("zwsj"), archived, 1);
    }

    private final MeasureMatcher matcher = new MeasureMatcher(List.of(
            measure("1-03", "水电气外线工程施工报建“容缺受理、并联审批” 水电气报装 外线施工审批", false),
            measure("1-02", "“用地清单制”改革 土地出让前完成评估", false),
            measure("2-04", "创业创新金融服务平台 企业融资", false),
            measure("1-09", "不动产登记一窗受理 不动产抵押登记全程网办", false),
            measure("1-10", "不动产抵押登记旧办法", true)));

    @Test
    void the_measure_an_appeal_is_about_comes_first_and_weak_matches_stay_out() {
        List<MeasureMatcher.Suggestion> suggested = matcher.suggest("厂房用水报装外线施工报建太慢，水电气外线工程要分别审批", 3);
        assertEquals("1-03", suggested.get(0).code());
        assertEquals(1, suggested.size(), suggested.toString());
        assertEquals("1-09", matcher.suggest("厂房抵押登记要跑三次窗口", 3).get(0).code());
    }

    @Test
    void words_every_measure_uses_and_archived_measures_suggest_nothing() {
        assertTrue(matcher.suggest("企业", 3).isEmpty());
        assertTrue(matcher.suggest("旧办法", 3).isEmpty());
    }
}
