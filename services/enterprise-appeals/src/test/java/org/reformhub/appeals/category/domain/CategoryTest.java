package org.reformhub.appeals.category.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A category's time limits: an urgent case is never given longer than a usual one. */
class CategoryTest {

    @Test
    void an_urgent_time_limit_longer_than_the_usual_one_is_refused_and_nothing_changes() {
        Category land = new Category("land", "用地", "zrzy", 10, 5);
        assertInstanceOf(CategoryRejection.UrgentLimitLonger.class,
                land.describe("用地", "zrzy", 10, 12, true).orElseThrow());
        assertEquals(5, land.timeLimit(true));
        assertEquals("urgentTimeLimitDays", new CategoryRejection.UrgentLimitLonger().fields().get(0).field());
    }

    @Test
    void within_the_rule_the_new_limits_apply() {
        Category land = new Category("land", "用地", "zrzy", 10, 5);
        assertTrue(land.describe("用地审批", "zrzy", 15, 15, true).isEmpty());
        assertEquals(15, land.timeLimit(false));
        assertEquals(15, land.timeLimit(true));
        assertEquals("用地审批", land.name());
    }
}
