package org.reformhub.progress.dashboard.infrastructure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.reformhub.progress.dashboard.domain.PeriodFigures;

/**
 * The aggregate queries behind dashboards and scorecards: read-only SQL over reports and obligations, each
 * served by an index (see V3), so a programme of thousands of measures answers in milliseconds.
 */
@ApplicationScoped
public class ProgressFigures {

    private final EntityManager entityManager;

    public ProgressFigures(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Returned reports not resubmitted yet, per measure code. */
    public Map<String, Integer> returnedWaiting(String programme) {
        return countsPerCode("select code, count(*) from progress_report where programme = :p and status = 'RETURNED'"
                + " group by code", programme);
    }

    /** The oldest unanswered support request per measure code. */
    @SuppressWarnings("unchecked")
    public Map<String, Instant> supportWaitingSince(String programme) {
        List<Object[]> rows = entityManager.createNativeQuery("select code, min(support_waiting_since) from progress_report"
                + " where programme = :p and support_waiting_since is not null group by code")
                .setParameter("p", programme).getResultList();
        Map<String, Instant> since = new HashMap<>();
        rows.forEach(r -> since.put((String) r[0], toInstant(r[1])));
        return since;
    }

    /** Per period, what the department owed and how it delivered (all departments when {@code dept} is null). */
    @SuppressWarnings("unchecked")
    public List<PeriodFigures> periods(String programme, String dept, LocalDate today) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select period, min(due_date), count(*),
                               count(*) filter (where first_submitted_at is not null
                                   and (first_submitted_at at time zone 'Asia/Shanghai')::date <= due_date),
                               count(*) filter (where first_submitted_at is not null
                                   and (first_submitted_at at time zone 'Asia/Shanghai')::date > due_date),
                               count(*) filter (where first_submitted_at is null and due_date < :today)
                          from report_obligation
                         where programme = :p and due_date < :today and (:dept = '' or dept = :dept)
                         group by period order by min(due_date)""")
                .setParameter("p", programme).setParameter("dept", dept == null ? "" : dept).setParameter("today", today)
                .getResultList();
        return rows.stream().map(r -> new PeriodFigures((String) r[0], localDate(r[1]),
                ((Number) r[2]).intValue(), ((Number) r[3]).intValue(), ((Number) r[4]).intValue(),
                ((Number) r[5]).intValue())).toList();
    }

    /** Times a department's reports were returned, all periods. */
    public int timesReturned(String programme, String dept) {
        Object sum = entityManager.createNativeQuery("select coalesce(sum(times_returned), 0) from progress_report"
                + " where dept = :d and programme = :p").setParameter("d", dept).setParameter("p", programme).getSingleResult();
        return ((Number) sum).intValue();
    }

    /** Times returned per department of a programme. */
    public Map<String, Integer> timesReturnedPerDepartment(String programme) {
        return countsPerCode("select dept, sum(times_returned) from progress_report where programme = :p group by dept",
                programme);
    }

    /** Obligations per department: due, on time, missing (for the ranking). */
    @SuppressWarnings("unchecked")
    public Map<String, int[]> obligationsPerDepartment(String programme, LocalDate today) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select dept, count(*),
                               count(*) filter (where first_submitted_at is not null
                                   and (first_submitted_at at time zone 'Asia/Shanghai')::date <= due_date),
                               count(*) filter (where first_submitted_at is null)
                          from report_obligation where programme = :p and due_date < :today group by dept""")
                .setParameter("p", programme).setParameter("today", today).getResultList();
        Map<String, int[]> figures = new HashMap<>();
        rows.forEach(r -> figures.put((String) r[0], new int[] {((Number) r[1]).intValue(), ((Number) r[2]).intValue(),
                ((Number) r[3]).intValue()}));
        return figures;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Integer> countsPerCode(String sql, String programme) {
        List<Object[]> rows = entityManager.createNativeQuery(sql).setParameter("p", programme).getResultList();
        Map<String, Integer> counts = new HashMap<>();
        rows.forEach(r -> counts.put((String) r[0], ((Number) r[1]).intValue()));
        return counts;
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }

    /** The driver's date type varies with the query: LocalDate, or java.sql.Date. */
    static LocalDate localDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
