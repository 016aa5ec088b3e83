package org.reformhub.appeals.calendar.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The 2026 National Day holiday with its 调休 Saturday, as the State Council's notice has it. */
class WorkingCalendarTest {

    private static final WorkingCalendar CALENDAR;

    static {
        Map<LocalDate, WorkingCalendar.Kind> days = new HashMap<>();
        for (int d = 1; d <= 7; d++) {
            days.put(LocalDate.of(2026, 10, d), WorkingCalendar.Kind.OFF);
        }
        days.put(LocalDate.of(2026, 9, 20), WorkingCalendar.Kind.WORK);
        days.put(LocalDate.of(2026, 10, 10), WorkingCalendar.Kind.WORK);
        CALENDAR = new WorkingCalendar(days, Set.of(2026));
    }

    @Test
    void five_working_days_from_the_eve_of_national_day_end_on_october_13() {
        assertEquals(Optional.of(LocalDate.of(2026, 10, 13)), CALENDAR.addWorkingDays(LocalDate.of(2026, 9, 30), 5));
    }

    @Test
    void holidays_are_off_and_the_adjusted_weekend_days_are_working_days() {
        assertFalse(CALENDAR.isWorkingDay(LocalDate.of(2026, 10, 5)));   // Monday in the holiday
        assertTrue(CALENDAR.isWorkingDay(LocalDate.of(2026, 10, 10)));   // Saturday worked
        assertTrue(CALENDAR.isWorkingDay(LocalDate.of(2026, 9, 20)));    // Sunday worked
        assertFalse(CALENDAR.isWorkingDay(LocalDate.of(2026, 10, 11)));  // an ordinary Sunday
        assertTrue(CALENDAR.isWorkingDay(LocalDate.of(2026, 11, 27)));   // an ordinary Friday
        assertEquals(5, CALENDAR.workingDaysBetween(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 13)));
        assertEquals(0, CALENDAR.workingDaysBetween(LocalDate.of(2026, 10, 13), LocalDate.of(2026, 10, 1)));
    }

    @Test
    void counting_into_a_year_without_holiday_data_is_refused_not_guessed() {
        assertEquals(Optional.empty(), CALENDAR.addWorkingDays(LocalDate.of(2026, 12, 28), 10));
        assertEquals(Optional.of(LocalDate.of(2026, 12, 29)), CALENDAR.addWorkingDays(LocalDate.of(2026, 12, 28), 1));
    }
}
