package org.reformhub.appeals.calendar.application;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;

import org.reformhub.kernel.cache.HeldValue;
import org.reformhub.kernel.outbox.Outbox;
import org.reformhub.appeals.calendar.domain.CalendarDay;
import org.reformhub.appeals.calendar.events.CalendarContract;
import org.reformhub.appeals.calendar.domain.WorkingCalendar;
import org.reformhub.appeals.calendar.infrastructure.CalendarDayRepository;
import org.reformhub.kernel.rule.RejectedException;
import org.reformhub.appeals.calendar.domain.CalendarRejection;


/**
 * The holiday calendar as data: a year's notice is loaded (or corrected) through the API; time limits read it.
 * Every filing counts working days, so the calendar is held in memory: reloaded after a change on this instance
 * commits, and at least every minute (a change made through another instance reaches this one within a minute).
 */
@ApplicationScoped
public class ManageCalendar {

    /** Fired inside the changing transaction; observed once it committed. */
    record Changed(int year) {
    }

    private final CalendarDayRepository days;
    private final Event<Changed> changed;
    private final Outbox outbox;
    private final HeldValue<WorkingCalendar> held = new HeldValue<>(Duration.ofMinutes(1));

    public ManageCalendar(CalendarDayRepository days, Event<Changed> changed, Outbox outbox) {
        this.days = days;
        this.changed = changed;
        this.outbox = outbox;
    }

    public WorkingCalendar calendar() {
        return held.get(() -> {
            Map<LocalDate, WorkingCalendar.Kind> listed = new HashMap<>();
            days.listAll().forEach(d -> listed.put(d.day(), d.kind()));
            return new WorkingCalendar(listed, new HashSet<>(days.loadedYears()));
        });
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed change) {
        held.forget();
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
                throw new RejectedException(new CalendarRejection.DayOutsideYear(day.day(), year));
            }
        }
        if (listed.stream().map(CalendarDay::day).distinct().count() != listed.size()) {
            throw new RejectedException(new CalendarRejection.DayListedTwice());
        }
        days.deleteYear(year);
        days.flush();
        listed.forEach(days::persist);
        Instant now = Instant.now();
        days.markLoaded(year, now);
        outbox.append(CalendarContract.yearSet(year, listed, now));
        changed.fire(new Changed(year));
        return days.ofYear(year);
    }

    /**
     * Announces the years loaded before calendars were events (the bundled notices): once, by the first instance
     * that starts, so the warehouse's date dimension has every year the time limits count with.
     */
    @Transactional
    public int announceUnannouncedYears() {
        int announced = 0;
        for (Object[] year : days.unannouncedYearsLocked()) {
            int y = ((Number) year[0]).intValue();
            Instant loadedAt = year[1] instanceof java.time.OffsetDateTime t ? t.toInstant() : (Instant) year[1];
            outbox.append(CalendarContract.yearSet(y, days.ofYear(y), loadedAt));
            days.markAnnounced(y);
            announced++;
        }
        return announced;
    }

    void announceAtStart(@Observes io.quarkus.runtime.StartupEvent startup) {
        announceUnannouncedYears();
    }
}
