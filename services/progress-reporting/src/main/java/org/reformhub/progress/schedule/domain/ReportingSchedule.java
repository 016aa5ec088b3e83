package org.reformhub.progress.schedule.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.reformhub.progress.ProgressTexts.text;

/**
 * A programme's reporting schedule (报送制度): how often measures are reported on, on which day of the month a
 * report is due, and from which month. Measures with a deadline follow {@code frequency}; ongoing ones
 * (持续推进) follow {@code ongoingFrequency} (e.g. quarterly). A programme without one set gets the default:
 * monthly, due on the 25th, from the month it was first seen.
 */
public class ReportingSchedule {

    public static final int DEFAULT_DUE_DAY = 25;
    /** Due days and "today" are calendar days in the city's time zone. */

    private String programme;
    private Frequency frequency;
    private int dueDay;
    private Frequency ongoingFrequency;

    /** Reports are owed from this month on ({@code yyyy-MM}). */
    private String firstMonth;

    /** The day a default schedule started (null when the office set it): see {@link #dueDate}. */
    private LocalDate startedOn;
    private Instant updatedAt;
    private long version;

    protected ReportingSchedule() {
        // JPA (mapped in META-INF/orm.xml)
    }

    public static ReportingSchedule byDefault(String programme, YearMonth from, Instant now) {
        ReportingSchedule schedule = new ReportingSchedule();
        schedule.programme = programme;
        schedule.frequency = Frequency.MONTHLY;
        schedule.ongoingFrequency = Frequency.MONTHLY;
        schedule.dueDay = DEFAULT_DUE_DAY;
        schedule.firstMonth = from.toString();
        schedule.updatedAt = now;
        return schedule;
    }

    /**
     * The schedule a programme gets when it is first reported on: monthly on the 25th from the month it starts in.
     * Started after that month's due day, its first report is due on the next due day (see {@link #dueDate}).
     */
    public static ReportingSchedule startingOn(String programme, LocalDate today, Instant now) {
        ReportingSchedule schedule = byDefault(programme, YearMonth.from(today), now);
        schedule.startedOn = today;
        return schedule;
    }

    /** @return why the settings are refused, or empty when they are now in force */
    public Optional<ScheduleRejection> change(Frequency frequency, Frequency ongoingFrequency, int dueDay, YearMonth from, Instant now) {
        if (dueDay < 1 || dueDay > 31) {
            return Optional.of(new ScheduleRejection.DueDayOutOfRange());
        }
        if (from.getYear() < 2000 || from.getYear() > 2100) {
            return Optional.of(new ScheduleRejection.FirstMonthOutOfRange());
        }
        this.frequency = frequency;
        this.ongoingFrequency = ongoingFrequency;
        this.dueDay = dueDay;
        this.firstMonth = from.toString();
        this.startedOn = null; // as the office set it, with no grace for the first period
        this.updatedAt = now;
        return Optional.empty();
    }

    public Frequency frequencyFor(boolean ongoing) {
        return ongoing ? ongoingFrequency : frequency;
    }

    /**
     * A period's report is due on the due day; the first period of a schedule that started on or after its due day
     * is due on the next period's due day instead (a programme imported on the 28th reports that month normally).
     */
    public LocalDate dueDate(ReportingPeriod period) {
        LocalDate due = period.dueDate(dueDay);
        boolean first = period.equals(ReportingPeriod.containing(YearMonth.parse(firstMonth).atDay(1), period.frequency()));
        return first && startedOn != null && !due.isAfter(startedOn) ? period.next().dueDate(dueDay) : due;
    }

    /** The periods whose reports are due by {@code today}, oldest first, for a measure of that kind. */
    public List<ReportingPeriod> periodsDue(boolean ongoing, LocalDate today) {
        List<ReportingPeriod> due = new ArrayList<>();
        for (ReportingPeriod p = first(ongoing); !dueDate(p).isAfter(today); p = p.next()) {
            due.add(p);
        }
        return due;
    }

    /** The periods whose reports fall due after {@code today} and at most {@code days} later, for a measure of that kind. */
    public List<ReportingPeriod> periodsFallingDue(boolean ongoing, LocalDate today, int days) {
        List<ReportingPeriod> soon = new ArrayList<>();
        for (ReportingPeriod p = first(ongoing); !dueDate(p).isAfter(today.plusDays(days)); p = p.next()) {
            if (dueDate(p).isAfter(today)) {
                soon.add(p);
            }
        }
        return soon;
    }

    /**
     * Whether a report may be written for that period today: one of this schedule's periods for the measure's
     * kind, not before the first month and not after the current period (no reporting ahead).
     */
    public Optional<String> refusesPeriod(ReportingPeriod period, boolean ongoing, LocalDate today) {
        Frequency expected = frequencyFor(ongoing);
        if (period.frequency() != expected) {
            return Optional.of(text(expected == Frequency.MONTHLY ? "schedule.reported-monthly" : "schedule.reported-quarterly"));
        }
        if (period.compareTo(first(ongoing)) < 0) {
            return Optional.of(text("schedule.owed-from", first(ongoing).code()));
        }
        if (period.compareTo(ReportingPeriod.containing(today, expected)) > 0) {
            return Optional.of(text("schedule.not-started", period.code()));
        }
        return Optional.empty();
    }

    private ReportingPeriod first(boolean ongoing) {
        return ReportingPeriod.containing(YearMonth.parse(firstMonth).atDay(1), frequencyFor(ongoing));
    }

    public String programme() {
        return programme;
    }

    public Frequency frequency() {
        return frequency;
    }

    public Frequency ongoingFrequency() {
        return ongoingFrequency;
    }

    public int dueDay() {
        return dueDay;
    }

    public YearMonth firstMonth() {
        return YearMonth.parse(firstMonth);
    }

    public long version() {
        return version;
    }
}
