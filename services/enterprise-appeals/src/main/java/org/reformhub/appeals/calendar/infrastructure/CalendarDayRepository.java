package org.reformhub.appeals.calendar.infrastructure;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import org.reformhub.appeals.calendar.domain.CalendarDay;

@ApplicationScoped
public class CalendarDayRepository implements PanacheRepositoryBase<CalendarDay, LocalDate> {

    public List<CalendarDay> ofYear(int year) {
        return list("day >= ?1 and day <= ?2", Sort.ascending("day"), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public void deleteYear(int year) {
        delete("day >= ?1 and day <= ?2", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    @SuppressWarnings("unchecked")
    public List<Integer> loadedYears() {
        return getEntityManager().createNativeQuery("select year from calendar_year order by year").getResultList();
    }

    /** The year's notice was (re)loaded at {@code at}, and is announced in the same transaction. */
    public void markLoaded(int year, java.time.Instant at) {
        getEntityManager().createNativeQuery("insert into calendar_year (year, loaded_at, announced_at) values (:y, :at, :at)"
                        + " on conflict (year) do update set loaded_at = :at, announced_at = :at")
                .setParameter("y", year).setParameter("at", java.time.OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC))
                .executeUpdate();
    }

    /** Years never announced (the bundled notices), locked for this transaction, with when each was loaded. */
    @SuppressWarnings("unchecked")
    public List<Object[]> unannouncedYearsLocked() {
        return getEntityManager().createNativeQuery("select year, loaded_at from calendar_year where announced_at is null"
                + " order by year for update skip locked").getResultList();
    }

    public void markAnnounced(int year) {
        getEntityManager().createNativeQuery("update calendar_year set announced_at = now() where year = :y")
                .setParameter("y", year).executeUpdate();
    }
}
