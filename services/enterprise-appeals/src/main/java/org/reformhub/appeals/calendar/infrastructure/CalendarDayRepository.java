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

    public void markLoaded(int year) {
        getEntityManager().createNativeQuery("insert into calendar_year (year, loaded_at) values (:y, now())"
                + " on conflict (year) do update set loaded_at = now()").setParameter("y", year).executeUpdate();
    }
}
