package org.reformhub.progress.schedule.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ReportingScheduleTest {

    @Test
    void periods_read_and_print_as_months_and_quarters() {
        assertEquals(Optional.of(new ReportingPeriod(2026, Frequency.MONTHLY, 11)), ReportingPeriod.parse("2026-11"));
        assertEquals("2026-Q4", ReportingPeriod.parse("2026-Q4").orElseThrow().code());
        assertEquals("2026年第四季度", ReportingPeriod.parse("2026-Q4").orElseThrow().label());
        for (String bad : new String[] {"2026-13", "2026-Q5", "26-11", "2026-1", "", "1999-01", "2026-11 "}) {
            assertEquals(Optional.empty(), ReportingPeriod.parse(bad), bad);
        }
        assertEquals("2027-01", ReportingPeriod.parse("2026-12").orElseThrow().next().code());
    }

    @Test
    void a_period_is_due_on_the_due_day_of_its_last_month_or_that_months_end() {
        assertEquals(LocalDate.of(2026, 11, 25), ReportingPeriod.parse("2026-11").orElseThrow().dueDate(25));
        assertEquals(LocalDate.of(2026, 2, 28), ReportingPeriod.parse("2026-02").orElseThrow().dueDate(31));
        assertEquals(LocalDate.of(2026, 12, 25), ReportingPeriod.parse("2026-Q4").orElseThrow().dueDate(25));
    }

    @Test
    void periods_falling_due_soon_are_after_today_and_within_the_window() {
        ReportingSchedule schedule = ReportingSchedule.byDefault("p", YearMonth.of(2026, 8), Instant.EPOCH);
        assertEquals(List.of("2026-11"), schedule.periodsFallingDue(false, LocalDate.of(2026, 11, 18), 7).stream()
                .map(ReportingPeriod::code).toList());
        assertEquals(List.of(), schedule.periodsFallingDue(false, LocalDate.of(2026, 11, 17), 7));
        assertEquals(List.of(), schedule.periodsFallingDue(false, LocalDate.of(2026, 11, 25), 7)); // due today: not ahead
        assertEquals(List.of("2026-12"), schedule.periodsFallingDue(false, LocalDate.of(2026, 11, 25), 30).stream()
                .map(ReportingPeriod::code).toList());
    }

    @Test
    void the_default_schedule_is_monthly_on_the_25th_and_quarterly_can_be_set_for_ongoing_measures() {
        ReportingSchedule schedule = ReportingSchedule.byDefault("p", YearMonth.of(2026, 8), Instant.EPOCH);
        assertEquals(List.of("2026-08", "2026-09", "2026-10", "2026-11"),
                schedule.periodsDue(false, LocalDate.of(2026, 11, 27)).stream().map(ReportingPeriod::code).toList());
        assertEquals(List.of("2026-08", "2026-09", "2026-10"),
                schedule.periodsDue(false, LocalDate.of(2026, 11, 24)).stream().map(ReportingPeriod::code).toList());
        schedule.change(Frequency.MONTHLY, Frequency.QUARTERLY, 25, YearMonth.of(2026, 8), Instant.EPOCH);
        assertEquals(List.of("2026-Q3"),
                schedule.periodsDue(true, LocalDate.of(2026, 11, 27)).stream().map(ReportingPeriod::code).toList());
    }

    @Test
    void no_reporting_ahead_before_the_first_month_or_in_the_wrong_rhythm() {
        ReportingSchedule schedule = ReportingSchedule.byDefault("p", YearMonth.of(2026, 8), Instant.EPOCH);
        LocalDate today = LocalDate.of(2026, 11, 27);
        assertEquals(Optional.empty(), schedule.refusesPeriod(ReportingPeriod.parse("2026-11").orElseThrow(), false, today));
        assertTrue(schedule.refusesPeriod(ReportingPeriod.parse("2026-12").orElseThrow(), false, today).isPresent());
        assertTrue(schedule.refusesPeriod(ReportingPeriod.parse("2026-07").orElseThrow(), false, today).isPresent());
        assertTrue(schedule.refusesPeriod(ReportingPeriod.parse("2026-Q4").orElseThrow(), false, today).isPresent());
        assertTrue(schedule.change(Frequency.MONTHLY, Frequency.MONTHLY, 0, YearMonth.of(2026, 8), Instant.EPOCH).isPresent());
    }

    @Test
    void a_programme_started_after_the_due_day_reports_its_first_month_by_the_next_due_day() {
        LocalDate startedOn = LocalDate.of(2026, 11, 28);
        ReportingSchedule late = ReportingSchedule.startingOn("p", startedOn, Instant.EPOCH);
        ReportingPeriod november = ReportingPeriod.parse("2026-11").orElseThrow();

        assertEquals(Optional.empty(), late.refusesPeriod(november, false, startedOn), "the month it starts in is reported");
        assertEquals(LocalDate.of(2026, 12, 25), late.dueDate(november), "by the next due day, not already late");
        assertEquals(LocalDate.of(2026, 12, 25), late.dueDate(ReportingPeriod.parse("2026-12").orElseThrow()));
        assertEquals(List.of(), late.periodsDue(false, startedOn), "nothing is owed on the first day");

        ReportingSchedule early = ReportingSchedule.startingOn("p", LocalDate.of(2026, 11, 3), Instant.EPOCH);
        assertEquals(LocalDate.of(2026, 11, 25), early.dueDate(november), "started before the due day: the usual day");
        // set by the office: as written, no grace
        late.change(Frequency.MONTHLY, Frequency.MONTHLY, 25, YearMonth.of(2026, 11), Instant.EPOCH);
        assertEquals(LocalDate.of(2026, 11, 25), late.dueDate(november));
    }
}
