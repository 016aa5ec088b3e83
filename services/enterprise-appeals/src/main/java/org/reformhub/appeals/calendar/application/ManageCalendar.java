package org.reformhub.appeals.calendar.application;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.reformhub.kernel.problem.Problem;
import org.reformhub.kernel.problem.ProblemException;
import org.reformhub.appeals.calendar.domain.CalendarDay;
import org.reformhub.appeals.calendar.domain.WorkingCalendar;
import org.reformhub.appeals.calendar.infrastructure.CalendarDayRepository;

/** The holiday calendar as data: a year's notice is loaded (or corrected) through the API; time limits read it. */
@ApplicationScoped
public class ManageCalendar {

    private final CalendarDayRepository days;

    public ManageCalendar(CalendarDayRepository days) {
        this.days = days;
    }

    public WorkingCalendar calendar() {
        Map<LocalDate, WorkingCalendar.Kind> listed = new HashMap<>();
        days.listAll().forEach(d -> listed.put(d.day(), d.kind()));
        return new WorkingCalendar(listed, new HashSet<>(days.loadedYears()));
    }

    public List<CalendarDay> year(int year) {
        return days.ofYear(year);
    }

    public boolean loaded(int year) {
        return days.loadedYears().contains(year);
    }

    /** Replaces a year's listed days with those of its notice. */
    @Transactional
    public List<CalendarDay> replaceYear(int year, List<CalendarDay> listed) {
        for (CalendarDay day : listed) {
            if (day.day().getYear() != year) {
                throw ProblemException.invalid("every day must be in " + year,
                        List.of(new Problem.FieldError("days", day.day() + " is not in " + year)));
            }
        }
        if (listed.stream().map(CalendarDay::day).distinct().count() != listed.size()) {
            throw ProblemException.invalid("a day is listed twice", List.of(new Problem.FieldError("days", "listed twice")));
        }
        days.deleteYear(year);
        days.flush();
        listed.forEach(days::persist);
        days.markLoaded(year);
        return days.ofYear(year);
    }
}
