package org.reformhub.progress.schedule.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** 报送期: a month or a quarter, due on a day of its last month, read as the office writes it. */
class ReportingPeriodTest {

    @Test
    void a_quarter_runs_over_three_months_and_is_due_in_its_last() {
        ReportingPeriod q1 = ReportingPeriod.containing(LocalDate.of(2027, 2, 14), Frequency.QUARTERLY);
        assertEquals("2027-Q1", q1.code());
        assertEquals("2027-01", q1.firstMonth().toString());
        assertEquals(LocalDate.of(2027, 3, 5), q1.dueDate(5));
    }

    @Test
    void a_due_day_past_the_months_end_falls_on_its_last_day() {
        assertEquals(LocalDate.of(2027, 2, 28), new ReportingPeriod(2027, Frequency.MONTHLY, 2).dueDate(31));
        assertEquals(LocalDate.of(2028, 2, 29), new ReportingPeriod(2028, Frequency.MONTHLY, 2).dueDate(31));
    }

    @Test
    void the_period_after_the_last_of_a_year_is_the_first_of_the_next() {
        assertEquals("2027-01", new ReportingPeriod(2026, Frequency.MONTHLY, 12).next().code());
        assertEquals("2027-Q1", new ReportingPeriod(2026, Frequency.QUARTERLY, 4).next().code());
    }

    @Test
    void periods_order_by_their_end_and_a_month_inside_a_quarter_comes_first() {
        ReportingPeriod march = new ReportingPeriod(2027, Frequency.MONTHLY, 3);
        ReportingPeriod q1 = new ReportingPeriod(2027, Frequency.QUARTERLY, 1);
        assertTrue(new ReportingPeriod(2027, Frequency.MONTHLY, 2).compareTo(q1) < 0);
        assertTrue(q1.compareTo(march) < 0, "same end: the one that starts earlier first");
    }

    @Test
    void only_real_periods_read() {
        assertEquals(Optional.empty(), ReportingPeriod.parse("2026-13"));
        assertEquals(Optional.empty(), ReportingPeriod.parse("2026-Q5"));
        assertEquals(Optional.empty(), ReportingPeriod.parse("1999-01"));
        assertEquals(Optional.empty(), ReportingPeriod.parse(null));
        assertThrows(IllegalArgumentException.class, () -> new ReportingPeriod(2026, Frequency.QUARTERLY, 5));
    }
}
