package org.reformhub.progress.measure.domain;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A reported value against its target, by the target's direction; KPIs without a target are not standings. */
class KpiStandingTest {

    @Test
    void values_meet_targets_by_direction_and_unreported_ones_do_not() {
        List<KpiDefinition> defined = List.of(
                new KpiDefinition("开办时间", "个工作日", new BigDecimal(3), BigDecimal.ONE, "AT_MOST"),
                new KpiDefinition("网上可办率", "%", null, new BigDecimal(95), "AT_LEAST"),
                new KpiDefinition("一次不用跑事项", "项", new BigDecimal(128), new BigDecimal(189), null),
                new KpiDefinition("满意度", "%", null, null, null));
        List<KpiStanding> standings = KpiStanding.of(defined, List.of(new KpiValue("开办时间", new BigDecimal("0.5")),
                new KpiValue("网上可办率", new BigDecimal(90))));
        assertEquals(List.of("开办时间", "网上可办率", "一次不用跑事项"), standings.stream().map(KpiStanding::name).toList());
        assertTrue(standings.get(0).met());
        assertFalse(standings.get(1).met());
        assertNull(standings.get(2).value());
        assertFalse(standings.get(2).met());
        // an event before directions: a target below its baseline is met from above
        assertEquals("AT_MOST", new KpiDefinition("审批时间", "天", new BigDecimal(20), new BigDecimal(5)).direction());
        assertEquals("AT_LEAST", new KpiDefinition("清单", "项", new BigDecimal(128), new BigDecimal(189), "SIDEWAYS").direction());
    }
}
