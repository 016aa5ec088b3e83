package org.reformhub.appeals.calendar.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Working days (工作日) as the State Council's holiday notices define them: Monday to Friday, except public
 * holidays (放假), plus the weekend days made working days (调休上班). Time limits count working days; the
 * day of filing is not counted. Holidays are data (a notice appears each November for the next year), so a
 * calendar knows which years it has and refuses to count into a year it does not know.
 */
public final class WorkingCalendar {

    /** Whether a listed day is a day off or a working day. */
    @Schema(name = "CalendarDayKind") // its name in the API documents (a generated client's type)
    public enum Kind { OFF, WORK }

    private final Map<LocalDate, Kind> exceptions;
    private final java.util.Set<Integer> years;

    public WorkingCalendar(Map<LocalDate, Kind> exceptions, java.util.Set<Integer> years) {
        this.exceptions = Map.copyOf(exceptions);
        this.years = java.util.Set.copyOf(years);
    }

    public boolean isWorkingDay(LocalDate day) {
        Kind listed = exceptions.get(day);
        if (listed != null) {
            return listed == Kind.WORK;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /**
     * The day on which {@code workingDays} working days after {@code from} have passed (from itself not counted).
     * Empty when the count runs into a year whose holidays are not loaded: a guessed deadline would be wrong.
     */
    public Optional<LocalDate> addWorkingDays(LocalDate from, int workingDays) {
        LocalDate day = from;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (!years.contains(day.getYear())) {
                return Optional.empty();
            }
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return Optional.of(day);
    }

    /** Working days after {@code from} up to and including {@code to} (0 when {@code to} is not after {@code from}). */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
