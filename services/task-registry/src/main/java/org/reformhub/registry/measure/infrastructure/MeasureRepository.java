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

@ApplicationScoped
public class MeasureRepository implements PanacheRepositoryBase<Measure, String> {

    /** Filters of {@code GET /measures}; null means "any". */
    public record Search(String list, String domain, String dept, String role, String statedStatus,
                         LocalDate deadlineBefore, LocalDate deadlineAfter, String text, boolean includeArchived,
                         String sort, boolean descending, int page, int size) {
    }

    private static final Map<String, String> ORDER = Map.of(
            "code", "split_part(code, '-', 1)::int %1$s, split_part(code, '-', 2)::int %1$s",
            "title", "title %1$s, code",
            "deadline", "(deadline->>'date')::date %1$s nulls last, code",
            "updatedAt", "updated_at %1$s, code",
            "domain", "domain %1$s, code");

    public static boolean sortable(String field) {
        return ORDER.containsKey(field);
    }

    public Page<Measure> search(Search search) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new HashMap<>();
        if (!search.includeArchived()) {
            where.append(" and not archived");
        }
        condition(where, params, search.list(), "list = :list", "list");
        condition(where, params, search.domain(), "domain = :domain", "domain");
        condition(where, params, search.statedStatus(), "stated_status = :status", "status");
        if (search.dept() != null) {
            String unit = "[{\"code\": \"" + search.dept().replace("\"", "") + "\"}]";
            String lead = "lead_units @> cast(:unit as jsonb)";
            String cooperating = "cooperating_units @> cast(:unit as jsonb)";
            where.append(" and ").append(switch (search.role() == null ? "any" : search.role()) {
                case "lead" -> lead;
                case "cooperating" -> cooperating;
                default -> "(" + lead + " or " + cooperating + ")";
            });
            params.put("unit", unit);
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
        Query ids = getEntityManager().createNativeQuery("select code from measure" + where + " order by " + order);
        Query count = getEntityManager().createNativeQuery("select count(*) from measure" + where);
        params.forEach((k, v) -> {
            ids.setParameter(k, v);
            count.setParameter(k, v);
        });
        @SuppressWarnings("unchecked")
        List<String> codes = ids.setFirstResult(search.page() * search.size()).setMaxResults(search.size()).getResultList();
        List<Measure> items = new ArrayList<>(list("code in ?1", codes));
        items.sort(Comparator.comparingInt(m -> codes.indexOf(m.code())));
        return new Page<>(items, ((Number) count.getSingleResult()).longValue());
    }

    /** Every measure in force, in code order (1-01, 1-02, … 2-01, …), for exports. */
    public List<Measure> inForceByCode() {
        return search(new Search(null, null, null, null, null, null, null, null, false, "code", false, 0,
                Integer.MAX_VALUE)).items();
    }

    private static void condition(StringBuilder where, Map<String, Object> params, String value, String sql, String name) {
        if (value != null) {
            where.append(" and ").append(sql);
            params.put(name, value);
        }
    }

    /** Rows of (list, domain, count) of measures in force. */
    public List<Object[]> countsByListAndDomain() {
        return getEntityManager()
                .createQuery("select m.list, m.domain, count(m) from Measure m where m.archived = false group by m.list, m.domain",
                        Object[].class)
                .getResultList();
    }
}
