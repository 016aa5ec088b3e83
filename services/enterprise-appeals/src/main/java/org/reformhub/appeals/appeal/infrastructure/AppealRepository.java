package org.reformhub.appeals.appeal.infrastructure;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

import org.reformhub.appeals.appeal.domain.Appeal;
import org.reformhub.appeals.appeal.domain.AppealSearch;
import org.reformhub.appeals.appeal.domain.AppealStatus;
import org.reformhub.kernel.city.CityTime;

@ApplicationScoped
public class AppealRepository implements PanacheRepositoryBase<Appeal, UUID> {

    @jakarta.inject.Inject
    SearchTotals totals;

    public Optional<Appeal> byCaseNumber(String caseNumber) {
        return find("caseNumber", caseNumber).firstResultOptional();
    }

    /** The case, its row locked for the rest of the transaction (read under the lock, so never stale). */
    public Optional<Appeal> byCaseNumberLocked(String caseNumber) {
        return find("caseNumber", caseNumber).withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /**
     * One page of the cases a search finds among those visible to the caller ({@code uscc}: an enterprise's own,
     * {@code dept}: a unit's as lead or cooperating unit, neither: all), with how many match in all.
     */
    @SuppressWarnings("unchecked")
    public org.reformhub.kernel.api.Page<Appeal> search(AppealSearch search, String uscc, String dept, java.time.LocalDate today) {
        StringBuilder where = new StringBuilder(" where true");
        boolean words = false;
        java.util.Map<String, Object> parameters = new java.util.HashMap<>();
        if (uscc != null) {
            where.append(" and uscc = :uscc");
            parameters.put("uscc", uscc);
        }
        if (dept != null) {
            where.append(" and (lead_unit = :dept or cooperating_units @> jsonb_build_array(cast(:dept as text)))");
            parameters.put("dept", dept);
        }
        if (search.status() != null) {
            where.append(" and status = :status");
            parameters.put("status", search.status().name());
        }
        if (search.category() != null) {
            where.append(" and category = :category");
            parameters.put("category", search.category());
        }
        if (search.district() != null) {
            where.append(" and district = :district");
            parameters.put("district", search.district());
        }
        if (search.unit() != null) {
            where.append(" and (lead_unit = :unit or cooperating_units @> jsonb_build_array(cast(:unit as text)))");
            parameters.put("unit", search.unit());
        }
        if (search.text() != null) {
            // the words are data, never pattern syntax; two characters or more go through the bigram index (V11) alone
            // (an OR with a case-number pattern would make PostgreSQL read every row), a case number by its own column
            String like = org.reformhub.kernel.text.LikePattern.containing(search.text());
            if (search.looksLikeCaseNumber()) {
                where.append(" and case_number ilike :text");
                parameters.put("text", like);
            } else if (search.textIndexable()) {
                where.append(" and search @@ search_query(:words)");
                parameters.put("words", search.text());
                words = true;
            } else {
                where.append(" and (title ilike :text or enterprise_name ilike :text)");
                parameters.put("text", like);
            }
        }
        if (search.channel() != null) {
            where.append(" and channel = :channel");
            parameters.put("channel", search.channel().name());
        }
        StringBuilder filed = new StringBuilder();
        if (search.filedFrom() != null) {
            filed.append(" and filed_at >= :filedFrom");
            parameters.put("filedFrom", search.filedFrom().atStartOfDay(CityTime.ZONE).toInstant());
        }
        if (search.filedTo() != null) {
            filed.append(" and filed_at < :filedTo");
            parameters.put("filedTo", search.filedTo().plusDays(1).atStartOfDay(CityTime.ZONE).toInstant());
        }
        if (search.awaiting() || search.overdue()) {
            where.append(" and status in ('SUBMITTED', 'ACCEPTED', 'ASSIGNED', 'SENT_BACK', 'REOPENED')");
        }
        if (search.overdue()) {
            where.append(" and due_date < :today");
            parameters.put("today", today);
        }
        String order = " order by " + search.sort().sql + ", case_number";
        // With words, the matches are found first inside one GIN index over the words and the columns a list is
        // filtered by (V13), and only the page's rows are read whole: left to itself the planner walks an index in the
        // list's order and tests every row's tsvector on the way (1.5 s for a page at 200,000 cases). The filing dates
        // are checked on the matches: ANDed in as a bitmap, a year's range read 40,000 index entries to drop a
        // thousand matches (15 ms of the 25 a page took at 200,000 cases).
        String hits = "with hits as materialized (select id, filed_at, due_date, case_number from appeal" + where + ") ";
        String inRange = "hits where true" + filed;
        if (!words) {
            where.append(filed);
        }
        jakarta.persistence.Query count = getEntityManager().createNativeQuery(words
                ? hits + "select count(*) from " + inRange : "select count(*) from appeal" + where);
        jakarta.persistence.Query page = getEntityManager().createNativeQuery(words
                ? hits + "select * from appeal where id in (select id from " + inRange + order + " offset :first limit :size)" + order
                : "select * from appeal" + where + order, Appeal.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            page.setParameter(name, value);
        });
        long total = totals.of(where.toString() + (words ? filed : "") + " " + new java.util.TreeMap<>(parameters),
                () -> ((Number) count.getSingleResult()).longValue());
        List<Appeal> items = words
                ? page.setParameter("first", search.offset()).setParameter("size", search.limit()).getResultList()
                : page.setFirstResult(search.offset()).setMaxResults(search.limit()).getResultList();
        return new org.reformhub.kernel.api.Page<>(items, total);
    }

    /** An open case like this one: same enterprise or category, similar title and description. */
    public record Similar(String caseNumber, String title, String status, double similarity) {
    }

    /** What the duplicate check needs of an open case. */
    public record Candidate(String caseNumber, String title, String description, String status) {
    }

    /** The open cases a new one may duplicate: the enterprise's own and, unless {@code ownOnly}, its category's (most recent first). */
    @SuppressWarnings("unchecked")
    public List<Candidate> openCandidates(java.util.UUID exclude, String uscc, String category, boolean ownOnly, int limit) {
        List<Object[]> rows = getEntityManager().createNativeQuery("select case_number, title, description, status from appeal"
                        + " where status not in ('REJECTED', 'CLOSED', 'MERGED') and id <> :exclude"
                        + " and (uscc = :uscc or (category = :category and not :ownOnly)) order by filed_at desc")
                .setParameter("exclude", exclude).setParameter("uscc", uscc).setParameter("category", category)
                .setParameter("ownOnly", ownOnly).setMaxResults(limit).getResultList();
        return rows.stream().map(r -> new Candidate((String) r[0], (String) r[1], (String) r[2], (String) r[3])).toList();
    }

    /** Cases tagged with a measure ({@code programme/code}), oldest first. */
    @SuppressWarnings("unchecked")
    public List<Appeal> taggedWith(String measureRef, int limit) {
        return getEntityManager().createNativeQuery("select * from appeal where measures @> cast(:ref as jsonb)"
                        + " order by filed_at", Appeal.class)
                .setParameter("ref", "[\"" + measureRef.replace("\"", "") + "\"]").setMaxResults(limit).getResultList();
    }

    /** Cases a time limit runs for, of one district or (null) of all, soonest due first. */
    public List<Appeal> awaitingAnswer(String district, int limit) {
        List<AppealStatus> running = List.of(AppealStatus.SUBMITTED, AppealStatus.ACCEPTED, AppealStatus.ASSIGNED,
                AppealStatus.SENT_BACK, AppealStatus.REOPENED);
        return (district == null ? find("status in ?1", Sort.ascending("dueDate", "caseNumber"), running)
                : find("status in ?1 and district = ?2", Sort.ascending("dueDate", "caseNumber"), running, district))
                .page(Page.ofSize(limit)).list();
    }

    /** Cases a time limit runs for, locked; rows another instance holds are skipped. */
    @SuppressWarnings("unchecked")
    public List<Appeal> awaitingAnswerLocked() {
        return getEntityManager().createNativeQuery("select * from appeal where status in"
                + " ('SUBMITTED', 'ACCEPTED', 'ASSIGNED', 'SENT_BACK', 'REOPENED') for update skip locked", Appeal.class)
                .getResultList();
    }

    /** Answered cases waiting for a rating, locked; rows another instance holds are skipped. */
    @SuppressWarnings("unchecked")
    public List<Appeal> answeredLocked() {
        return getEntityManager().createNativeQuery("select * from appeal where status = 'ANSWERED' for update skip locked",
                Appeal.class).getResultList();
    }

    /** The latest cases filed in [from, until), of a category and open or not when those are given. */
    public List<Appeal> filedBetween(java.time.Instant from, java.time.Instant until, String category, Boolean open, int limit) {
        List<AppealStatus> ended = java.util.Arrays.stream(AppealStatus.values()).filter(s -> !s.open()).toList();
        String query = "filedAt >= :from and filedAt < :until" + (category == null ? "" : " and category = :category")
                + (open == null ? "" : open ? " and status not in :ended" : " and status in :ended");
        io.quarkus.panache.common.Parameters parameters = io.quarkus.panache.common.Parameters.with("from", from)
                .and("until", until);
        if (category != null) {
            parameters = parameters.and("category", category);
        }
        if (open != null) {
            parameters = parameters.and("ended", ended);
        }
        return find(query, Sort.descending("filedAt"), parameters).page(Page.ofSize(limit)).list();
    }

    public List<Appeal> filedBetween(java.time.Instant from, java.time.Instant until) {
        return list("filedAt >= ?1 and filedAt < ?2", Sort.ascending("filedAt"), from, until);
    }

    /**
     * Gives a stored appeal the month's next case number, in one statement. Case numbers have no gaps: the month's
     * counter row stays locked until the filing commits or rolls back, so the filing calls this last.
     */
    public String assignCaseNumber(UUID appealId, String month) {
        return (String) getEntityManager().createNativeQuery("with next as (insert into case_counter (month, last)"
                        + " values (:m, 1) on conflict (month) do update set last = case_counter.last + 1 returning last)"
                        + " update appeal set case_number = 'ZTC-' || :m || '-' || lpad((select last from next)::text, 5, '0')"
                        + " where id = :id returning case_number")
                .setParameter("m", month).setParameter("id", appealId).getSingleResult();
    }
}
