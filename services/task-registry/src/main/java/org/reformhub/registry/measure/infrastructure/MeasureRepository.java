package org.reformhub.registry.measure.infrastructure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import org.reformhub.kernel.api.Page;
import org.reformhub.registry.measure.domain.Measure;
import org.reformhub.registry.measure.domain.MeasureId;

@ApplicationScoped
public class MeasureRepository implements PanacheRepositoryBase<Measure, MeasureId> {

    /** Filters of {@code GET /measures}; null means "any". */
    public record Search(String programme, String list, String area, String dept, String role, String statedStatus,
                         LocalDate deadlineBefore, LocalDate deadlineAfter, String text, boolean includeArchived,
                         String sort, boolean descending, int page, int size) {
    }

    /** Codes are {@code 1-01}: numeric order within a programme (1-02 before 1-10). Codes are validated on entry. */
    private static final String CODE_ORDER = "split_part(code, '-', 1)::int %1$s, split_part(code, '-', 2)::int %1$s";
    private static final Map<String, String> ORDER = Map.of(
            "code", "programme %1$s, " + CODE_ORDER,
            "title", "title %1$s, programme, code",
            "deadline", "(deadline->>'date')::date %1$s nulls last, programme, code",
            "updatedAt", "updated_at %1$s, programme, code",
            "domain", "domain %1$s, programme, code");

    public Page<Measure> search(Search search) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new HashMap<>();
        if (!search.includeArchived()) {
            where.append(" and not archived");
        }
        condition(where, params, search.programme(), "programme = :programme", "programme");
        condition(where, params, search.list(), "list = :list", "list");
        condition(where, params, search.area(), "domain = :area", "area");
        condition(where, params, search.statedStatus(), "stated_status = :status", "status");
        if (search.dept() != null) {
            // the JSON is built by PostgreSQL from a bound parameter, never by string concatenation
            String unit = "jsonb_build_array(jsonb_build_object('code', cast(:dept as text)))";
            String lead = "lead_units @> " + unit;
            String cooperating = "cooperating_units @> " + unit;
            where.append(" and ").append(switch (search.role() == null ? "any" : search.role()) {
                case "lead" -> lead;
                case "cooperating" -> cooperating;
                default -> "(" + lead + " or " + cooperating + ")";
            });
            params.put("dept", search.dept());
        }
        if (search.deadlineBefore() != null) {
            where.append(" and (deadline->>'date')::date <= :before");
            params.put("before", search.deadlineBefore());
        }
        if (search.deadlineAfter() != null) {
            where.append(" and (deadline->>'date')::date >= :after");
            params.put("after", search.deadlineAfter());
        }
        if (search.text() != null && !search.text().isBlank()) {
            where.append(" and (title ilike :text escape '\\' or practice ilike :text escape '\\'"
                    + " or remark ilike :text escape '\\' or work_items::text ilike :text escape '\\')");
            params.put("text", "%" + search.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        String order = String.format(ORDER.get(search.sort()), search.descending() ? "desc" : "asc");
        Query ids = getEntityManager().createNativeQuery("select programme, code from measure" + where + " order by " + order);
        Query count = getEntityManager().createNativeQuery("select count(*) from measure" + where);
        params.forEach((k, v) -> {
            ids.setParameter(k, v);
            count.setParameter(k, v);
        });
        long first = (long) search.page() * search.size();
        if (first > Integer.MAX_VALUE) {
            return new Page<>(List.of(), ((Number) count.getSingleResult()).longValue());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = ids.setFirstResult((int) first).setMaxResults(search.size()).getResultList();
        List<MeasureId> inOrder = rows.stream().map(r -> MeasureId.of((String) r[0], (String) r[1])).toList();
        List<Measure> items = new ArrayList<>(inOrder.isEmpty() ? List.of() : list("id in ?1", inOrder));
        items.sort(Comparator.comparingInt(m -> inOrder.indexOf(m.id())));
        return new Page<>(items, ((Number) count.getSingleResult()).longValue());
    }

    /** One programme's measures in force, in code order (1-01, 1-02, … 2-01, …), for exports. */
    public List<Measure> inForceByCode(String programme) {
        return search(new Search(programme, null, null, null, null, null, null, null, null, false, "code", false, 0,
                Integer.MAX_VALUE)).items();
    }

    /** Measures in force of the given programmes that name the department, lead or cooperating. */
    public List<Measure> namingDepartment(String departmentCode, List<String> programmes) {
        if (programmes.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        select programme, code from measure
                        where not archived and programme in (:programmes)
                          and (lead_units @> jsonb_build_array(jsonb_build_object('code', cast(:dept as text)))
                            or cooperating_units @> jsonb_build_array(jsonb_build_object('code', cast(:dept as text))))""")
                .setParameter("programmes", programmes).setParameter("dept", departmentCode).getResultList();
        List<MeasureId> ids = rows.stream().map(r -> MeasureId.of((String) r[0], (String) r[1])).toList();
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    private static void condition(StringBuilder where, Map<String, Object> params, String value, String sql, String name) {
        if (value != null) {
            where.append(" and ").append(sql);
            params.put(name, value);
        }
    }

    /** Rows of (list, area, count) of one programme's measures in force. */
    public List<Object[]> countsByListAndArea(String programme) {
        return getEntityManager()
                .createQuery("select m.list, m.area, count(m) from Measure m where m.archived = false"
                        + " and m.id.programme = :programme group by m.list, m.area", Object[].class)
                .setParameter("programme", programme)
                .getResultList();
    }
}
