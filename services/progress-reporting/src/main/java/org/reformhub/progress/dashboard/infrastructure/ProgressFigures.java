package org.reformhub.progress.dashboard.infrastructure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.reformhub.progress.dashboard.domain.MeasureRow;
import org.reformhub.progress.dashboard.domain.PeriodFigures;
import org.reformhub.progress.measure.domain.KpiDefinition;
import org.reformhub.progress.measure.domain.KpiStanding;
import org.reformhub.progress.measure.domain.KpiValue;
import org.reformhub.progress.measure.domain.MeasureStatus;
import org.reformhub.progress.measure.domain.RegisteredMeasure;
import org.reformhub.kernel.city.CityTime;

/**
 * The aggregate queries behind dashboards and scorecards: read-only SQL over reports and obligations, each
 * served by an index (see V3), so a programme of thousands of measures answers in milliseconds.
 */
@ApplicationScoped
public class ProgressFigures {

    private static final TypeReference<List<RegisteredMeasure.Unit>> UNITS = new TypeReference<>() {
    };
    private static final ObjectMapper JSON = new ObjectMapper();

    private final EntityManager entityManager;

    public ProgressFigures(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The programme's measures in force as dashboard rows, in code order: those a department is responsible for
     * when {@code dept} is given, those named when {@code codes} is. Plain columns, no entities: a programme of
     * thousands of measures is read in milliseconds and nothing is dirty-checked afterwards.
     */
    @SuppressWarnings("unchecked")
    public List<MeasureRow> measures(String programme, String dept, java.util.Collection<String> codes) {
        var query = entityManager.createNativeQuery("""
                        select programme, code, list, area, title, cast(lead_units as text), cast(cooperating_units as text),
                               deadline_kind, deadline_date, official_status, status_approved_at, cast(kpis as text),
                               cast(status_kpis as text)
                          from tracked_measure
                         where programme = :p and not archived""" + (codes == null ? "" : " and code in (:codes)") + """
                           and (:dept = '' or lead_units @> jsonb_build_array(jsonb_build_object('code', cast(:dept as text)))
                                or cooperating_units @> jsonb_build_array(jsonb_build_object('code', cast(:dept as text))))
                         order by split_part(code, '-', 1)::int, split_part(code, '-', 2)::int""")
                .setParameter("p", programme).setParameter("dept", dept == null ? "" : dept);
        if (codes != null) {
            if (codes.isEmpty()) {
                return List.of();
            }
            query.setParameter("codes", codes);
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new MeasureRow((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], units((String) r[5]), units((String) r[6]), (String) r[7],
                (LocalDate) r[8], r[9] == null ? null : MeasureStatus.valueOf((String) r[9]),
                r[10] == null ? null : toInstant(r[10]),
                KpiStanding.of(read((String) r[11], DEFINITIONS), r[12] == null ? List.of() : read((String) r[12], VALUES))))
                .toList();
    }

    /** Returned reports not resubmitted yet, per measure code. */
    public Map<String, Integer> returnedWaiting(String programme, java.util.Collection<String> codes) {
        return countsPerCode("select code, count(*) from progress_report where programme = :p and status = 'RETURNED'"
                + (codes == null ? "" : " and code in (:codes)") + " group by code", programme, codes);
    }

    /** The oldest unanswered support request per measure code. */
    @SuppressWarnings("unchecked")
    public Map<String, Instant> supportWaitingSince(String programme, java.util.Collection<String> codes) {
        var query = entityManager.createNativeQuery("select code, min(support_waiting_since) from progress_report"
                + " where programme = :p and support_waiting_since is not null"
                + (codes == null ? "" : " and code in (:codes)") + " group by code").setParameter("p", programme);
        if (codes != null) {
            query.setParameter("codes", codes);
        }
        List<Object[]> rows = query.getResultList();
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
                                   and (first_submitted_at at time zone :zone)::date <= due_date),
                               count(*) filter (where first_submitted_at is not null
                                   and (first_submitted_at at time zone :zone)::date > due_date),
                               count(*) filter (where first_submitted_at is null and due_date < :today)
                          from report_obligation
                         where programme = :p and due_date < :today and (:dept = '' or dept = :dept)
                         group by period order by min(due_date)""")
                .setParameter("zone", CityTime.ZONE_ID)
                .setParameter("p", programme).setParameter("dept", dept == null ? "" : dept).setParameter("today", today)
                .getResultList();
        return rows.stream().map(r -> new PeriodFigures((String) r[0], (LocalDate) r[1],
                ((Number) r[2]).intValue(), ((Number) r[3]).intValue(), ((Number) r[4]).intValue(),
                ((Number) r[5]).intValue())).toList();
    }

    public int timesReturned(String programme, String dept) {
        Object sum = entityManager.createNativeQuery("select coalesce(sum(times_returned), 0) from progress_report"
                + " where programme = :p and dept = :d and times_returned > 0").setParameter("d", dept)
                .setParameter("p", programme).getSingleResult();
        return ((Number) sum).intValue();
    }

    /** Times returned per department of a programme. */
    public Map<String, Integer> timesReturnedPerDepartment(String programme) {
        return countsPerCode("select dept, sum(times_returned) from progress_report where programme = :p"
                + " and times_returned > 0 group by dept", programme, null);
    }

    /** Obligations per department: due, on time, missing (for the ranking). */
    @SuppressWarnings("unchecked")
    public Map<String, int[]> obligationsPerDepartment(String programme, LocalDate today) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select dept, count(*),
                               count(*) filter (where first_submitted_at is not null
                                   and (first_submitted_at at time zone :zone)::date <= due_date),
                               count(*) filter (where first_submitted_at is null)
                          from report_obligation where programme = :p and due_date < :today group by dept""")
                .setParameter("zone", CityTime.ZONE_ID)
                .setParameter("p", programme).setParameter("today", today).getResultList();
        Map<String, int[]> figures = new HashMap<>();
        rows.forEach(r -> figures.put((String) r[0], new int[] {((Number) r[1]).intValue(), ((Number) r[2]).intValue(),
                ((Number) r[3]).intValue()}));
        return figures;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Integer> countsPerCode(String sql, String programme, java.util.Collection<String> codes) {
        var query = entityManager.createNativeQuery(sql).setParameter("p", programme);
        if (codes != null) {
            query.setParameter("codes", codes);
        }
        List<Object[]> rows = query.getResultList();
        Map<String, Integer> counts = new HashMap<>();
        rows.forEach(r -> counts.put((String) r[0], ((Number) r[1]).intValue()));
        return counts;
    }

    private static final TypeReference<List<KpiDefinition>> DEFINITIONS = new TypeReference<>() { };
    private static final TypeReference<List<KpiValue>> VALUES = new TypeReference<>() { };

    private static <T> List<T> read(String json, TypeReference<List<T>> type) {
        try {
            return json == null ? List.of() : JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable KPIs in tracked_measure", e);
        }
    }

    private static List<RegisteredMeasure.Unit> units(String json) {
        try {
            return JSON.readValue(json, UNITS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable units in tracked_measure", e);
        }
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

}
