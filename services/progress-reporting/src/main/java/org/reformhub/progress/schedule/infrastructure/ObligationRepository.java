package org.reformhub.progress.schedule.infrastructure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.reformhub.progress.schedule.domain.Obligation;
import org.reformhub.kernel.city.CityTime;

/** Who owes which report (table report_obligation): plain SQL, because it works on many rows at once. */
@ApplicationScoped
public class ObligationRepository {

    private final EntityManager entityManager;

    public ObligationRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Every responsible unit of the programme's open measures of that kind owes a report for the period; a
     * measure approved as completed before the period fell due owes no more.
     */
    public int owe(String programme, boolean ongoing, String period, LocalDate due) {
        return entityManager.createNativeQuery("""
                        insert into report_obligation (programme, code, dept, period, due_date)
                        select m.programme, m.code, u->>'code', :period, :due
                          from tracked_measure m, jsonb_array_elements(m.lead_units || m.cooperating_units) u
                         where m.programme = :programme and not m.archived
                           and (coalesce(m.deadline_kind, '') = 'ONGOING') = :ongoing
                           and not coalesce(m.official_status = 'COMPLETED'
                                            and (m.status_approved_at at time zone :zone)::date < :due, false)
                        on conflict do nothing""")
                .setParameter("zone", CityTime.ZONE_ID)
                .setParameter("programme", programme).setParameter("ongoing", ongoing).setParameter("period", period)
                .setParameter("due", due).executeUpdate();
    }

    public void reportStarted(String programme, String code, String dept, String period, LocalDate due, UUID report) {
        entityManager.createNativeQuery("""
                        insert into report_obligation (programme, code, dept, period, due_date, report_id)
                        values (:programme, :code, :dept, :period, :due, :report)
                        on conflict (programme, code, dept, period) do update set report_id = excluded.report_id""")
                .setParameter("programme", programme).setParameter("code", code).setParameter("dept", dept)
                .setParameter("period", period).setParameter("due", due).setParameter("report", report).executeUpdate();
    }

    /** By the obligation's key (programme, code, dept, period): one row, found by the primary key. */
    public void reportSubmitted(String programme, String code, String dept, String period, Instant at) {
        entityManager.createNativeQuery("update report_obligation set first_submitted_at = :at where programme = :p"
                        + " and code = :c and dept = :d and period = :period and first_submitted_at is null")
                .setParameter("p", programme).setParameter("c", code).setParameter("d", dept).setParameter("period", period)
                .setParameter("at", at).executeUpdate();
    }

    /** Missing reports not announced yet, locked so that a second scan cannot announce them again. */
    @SuppressWarnings("unchecked")
    public List<Obligation> missingToAnnounce(LocalDate today, int limit) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select programme, code, dept, period, due_date from report_obligation
                         where first_submitted_at is null and due_date < :today and not missing_announced
                         order by due_date, programme, code, dept limit :limit for update skip locked""")
                .setParameter("today", today).setParameter("limit", limit).getResultList();
        return rows.stream().map(r -> new Obligation((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                (LocalDate) r[4])).toList();
    }

    public void announced(Obligation o) {
        entityManager.createNativeQuery("update report_obligation set missing_announced = true where programme = :p"
                        + " and code = :c and dept = :d and period = :period")
                .setParameter("p", o.programme()).setParameter("c", o.code()).setParameter("d", o.dept())
                .setParameter("period", o.period()).executeUpdate();
    }

    /** Missing reports (due before today, never submitted) per measure code of a programme (of those codes, if given). */
    @SuppressWarnings("unchecked")
    public Map<String, Integer> missingPerMeasure(String programme, LocalDate today, java.util.Collection<String> codes) {
        var query = entityManager.createNativeQuery("select code, count(*) from report_obligation"
                        + " where programme = :p and first_submitted_at is null and due_date < :today"
                        + (codes == null ? "" : " and code in (:codes)") + " group by code")
                .setParameter("p", programme).setParameter("today", today);
        if (codes != null) {
            query.setParameter("codes", codes);
        }
        List<Object[]> rows = query.getResultList();
        Map<String, Integer> missing = new HashMap<>();
        rows.forEach(r -> missing.put((String) r[0], ((Number) r[1]).intValue()));
        return missing;
    }

    /** The 催报 list: who has not reported for a period that fell due (all overdue periods when {@code period} is null). */
    @SuppressWarnings("unchecked")
    public org.reformhub.kernel.api.Page<Obligation> missing(String programme, String period, String dept, LocalDate today,
            org.reformhub.kernel.api.PageRequest page) {
        // rows up to the end of the page, each with the count of all (a window count: one query, one scan)
        List<Object[]> rows = entityManager.createNativeQuery("select programme, code, dept, period, due_date, count(*) over ()"
                        + " from report_obligation where programme = :p and first_submitted_at is null and due_date < :today"
                        + " and (:period = '' or period = :period) and (:dept = '' or dept = :dept)"
                        + " order by due_date, split_part(code, '-', 1)::int, split_part(code, '-', 2)::int, dept limit :limit")
                .setParameter("p", programme).setParameter("today", today).setParameter("limit", page.through())
                .setParameter("period", period == null ? "" : period).setParameter("dept", dept == null ? "" : dept)
                .getResultList();
        long total = rows.isEmpty() ? 0 : ((Number) rows.get(0)[5]).longValue();
        return page.of(rows.stream().map(r -> new Obligation((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                (LocalDate) r[4])).toList(), total);
    }

    /** Claims today's scan: true for the first instance that asks, false for every later one. */
    /** Records that a period's coming due date was announced; false when it already was. */
    public boolean announceDue(String programme, String period, boolean ongoing, LocalDate due, Instant now) {
        return entityManager.createNativeQuery("insert into announced_report_due (programme, period, ongoing, due_date,"
                        + " announced_at) values (:programme, :period, :ongoing, :due, :now) on conflict do nothing")
                .setParameter("programme", programme).setParameter("period", period).setParameter("ongoing", ongoing)
                .setParameter("due", due).setParameter("now", now).executeUpdate() == 1;
    }

    public boolean claimScan(LocalDate day, Instant now) {
        return entityManager.createNativeQuery("insert into daily_scan (day, started_at) values (:day, :now) on conflict do nothing")
                .setParameter("day", day).setParameter("now", now).executeUpdate() == 1;
    }

    public void scanFinished(LocalDate day, Instant now) {
        entityManager.createNativeQuery("update daily_scan set finished_at = :now where day = :day")
                .setParameter("day", day).setParameter("now", now).executeUpdate();
    }
}
