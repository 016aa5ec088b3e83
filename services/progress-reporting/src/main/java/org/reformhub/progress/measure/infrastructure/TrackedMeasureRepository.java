package org.reformhub.progress.measure.infrastructure;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import org.reformhub.progress.measure.domain.TrackedMeasure;

@ApplicationScoped
public class TrackedMeasureRepository implements PanacheRepositoryBase<TrackedMeasure, TrackedMeasure.Key> {

    /** A programme's measures in force (or every programme's), in code order, at most {@code limit}. */
    @SuppressWarnings("unchecked")
    public List<TrackedMeasure> inForce(String programme, String department, int limit) {
        var query = getEntityManager().createNativeQuery("select * from tracked_measure" + where(programme, department)
                + " order by programme, split_part(code, '-', 1)::int, split_part(code, '-', 2)::int", TrackedMeasure.class)
                .setMaxResults(limit);
        bind(query, programme, department);
        return query.getResultList();
    }

    /** The programme whose measures were registered last (an active one, when any is). */
    @SuppressWarnings("unchecked")
    public Optional<String> newestProgramme() {
        List<String> codes = getEntityManager().createNativeQuery("select m.programme from tracked_measure m"
                + " left join tracked_programme p on p.code = m.programme where not m.archived"
                + " group by m.programme, p.status order by (p.status = 'CLOSED') nulls first, max(m.registered_at) desc")
                .setMaxResults(1).getResultList();
        return codes.stream().findFirst();
    }

    /** Measures past their dated deadline, not completed, not yet announced for that deadline; locked. */
    @SuppressWarnings("unchecked")
    public List<TrackedMeasure> overdueUnannounced(java.time.LocalDate today) {
        return getEntityManager().createNativeQuery("select * from tracked_measure where not archived"
                        + " and deadline_kind = 'DATE' and deadline_date < :today"
                        + " and coalesce(official_status, '') <> 'COMPLETED'"
                        + " and (overdue_announced_for is null or overdue_announced_for <> deadline_date)"
                        + " for update skip locked", TrackedMeasure.class)
                .setParameter("today", today).getResultList();
    }

    /** How many measures {@link #inForce} would find without a limit. */
    public long countInForce(String programme, String department) {
        var query = getEntityManager().createNativeQuery("select count(*) from tracked_measure" + where(programme, department));
        bind(query, programme, department);
        return ((Number) query.getSingleResult()).longValue();
    }

    private static String where(String programme, String department) {
        StringBuilder sql = new StringBuilder(" where not archived");
        if (programme != null) {
            sql.append(" and programme = :programme");
        }
        if (department != null) {
            sql.append(" and (lead_units @> jsonb_build_array(jsonb_build_object('code', cast(:dept as text)))"
                    + " or cooperating_units @> jsonb_build_array(jsonb_build_object('code', cast(:dept as text))))");
        }
        return sql.toString();
    }

    private static void bind(jakarta.persistence.Query query, String programme, String department) {
        if (programme != null) {
            query.setParameter("programme", programme);
        }
        if (department != null) {
            query.setParameter("dept", department);
        }
    }
}
