package org.reformhub.progress.dashboard.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Rates on dashboards: per cent to one decimal, and no rate at all where nothing was due. */
class TallyTest {

    @Test
    void a_rate_is_rounded_to_one_decimal_and_nothing_due_has_no_rate() {
        assertEquals(66.7, Tally.percent(2, 3));
        assertEquals(100.0, Tally.percent(7, 7));
        assertEquals(0.0, Tally.percent(0, 4));
        assertNull(Tally.percent(0, 0), "not 0 %: a unit with nothing due is not a unit that reported nothing");
    }
}
