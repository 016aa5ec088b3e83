package org.reformhub.appeals.calendar.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.reformhub.kernel.event.OutgoingEvent;
import org.reformhub.appeals.calendar.domain.CalendarDay;

/**
 * {@code reform.appeals.calendar.year-set.v1} (docs/events/schemas): a year's holiday notice as the working-day
 * calendar now has it, every listed day in full, so a consumer (the warehouse's date dimension) needs no call back.
 * Key: {@code calendar:<year>}.
 */
public final class CalendarContract {

    public static final String YEAR_SET = "reform.appeals.calendar.year-set.v1";

    public record DayV1(LocalDate day, String kind, String holiday) {
    }

    public record Body(int year, List<DayV1> days, Instant setAt) {
    }

    private CalendarContract() {
    }

    public static OutgoingEvent yearSet(int year, List<CalendarDay> days, Instant setAt) {
        return new OutgoingEvent(YEAR_SET, "calendar:" + year, new Body(year,
                days.stream().map(d -> new DayV1(d.day(), d.kind().name(), d.holiday())).toList(), setAt));
    }
}
