package org.reformhub.appeals.appeal.application;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import org.reformhub.appeals.appeal.domain.AppealRejection;
import org.reformhub.appeals.calendar.application.ManageCalendar;
import org.reformhub.kernel.rule.RejectedException;

/** A case's due date: so many working days after a day (that day not counted), on the city's working calendar. */
@ApplicationScoped
public class DueDates {

    private final ManageCalendar calendar;

    public DueDates(ManageCalendar calendar) {
        this.calendar = calendar;
    }

    /** Refused while the calendar of a year the count reaches is not loaded (a guess would be a wrong promise). */
    public LocalDate after(LocalDate from, int workingDays) {
        return calendar.calendar().addWorkingDays(from, workingDays)
                .orElseThrow(() -> new RejectedException(new AppealRejection.CalendarMissing(from.getYear() + 1)));
    }
}
