package org.reformhub.warehouse.load.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.reformhub.warehouse.load.domain.EventRows;
import org.reformhub.warehouse.load.domain.RowBatch;
import org.reformhub.warehouse.load.domain.StarRow;

/**
 * Writes a batch's rows with one JDBC batch per table (the driver rewrites them into multi-row inserts). Every
 * statement is an upsert whose condition is the row's {@link StarRow#supersedes} rule, so the tables end the same
 * whatever order partitions were read in, and an event read twice changes nothing.
 */
@ApplicationScoped
public class StarWriter {

    /** Newer version wins (programmes, measures, reports, cases). */
    private static final String NEWER_VERSION = "%1$s.version < excluded.version";
    /** A name beats none; then the later fact, then the greater name (a deterministic tie-break). */
    private static final String LATER_NAME = """
            (excluded.name is not null and %1$s.name is null)
             or ((excluded.name is null) = (%1$s.name is null)
                 and (excluded.as_of > %1$s.as_of or (excluded.as_of = %1$s.as_of and excluded.name > %1$s.name)))""";

    private record Table<R extends StarRow>(Class<R> rows, String sql, Function<R, Object[]> values) {
    }

    private final ObjectMapper json;
    private final List<Table<?>> tables;

    public StarWriter(ObjectMapper json) {
        this.json = json;
        this.tables = List.of(
                upsert(StarRow.Programme.class, "dim_programme", "programme_code",
                        "title, issuing_body, document_number, issued_on, status, created_at, version", NEWER_VERSION,
                        p -> new Object[] {p.code(), p.title(), p.issuingBody(), p.documentNumber(), p.issuedOn(),
                                p.status(), time(p.createdAt()), p.version()}),
                upsert(StarRow.Department.class, "dim_department", "dept_code",
                        "name, kind, merged_into, needs_review, announced, as_of, version", """
                        (excluded.announced and not %1$s.announced)
                         or (excluded.announced and %1$s.announced and excluded.version > %1$s.version)
                         or (not excluded.announced and not %1$s.announced and (""" + LATER_NAME + "))",
                        d -> new Object[] {d.code(), d.name(), d.kind(), d.mergedInto(), d.needsReview(), d.announced(),
                                time(d.asOf()), d.version()}),
                upsert(StarRow.Measure.class, "dim_measure", "measure_key",
                        "programme_code, code, list, domain, title, lead_units, cooperating_units, deadline_kind, deadline,"
                                + " stated_status, archived, created_at, version", NEWER_VERSION,
                        m -> new Object[] {m.key(), m.programme(), m.code(), m.list(), m.domain(), m.title(),
                                m.leadUnits(), m.cooperatingUnits(), m.deadlineKind(), m.deadline(),
                                m.statedStatus(), m.archived(), time(m.createdAt()), m.version()}),
                upsert(StarRow.Category.class, "dim_appeal_category", "category_code", "name, as_of", LATER_NAME,
                        c -> new Object[] {c.code(), c.name(), time(c.asOf())}),
                upsert(StarRow.Report.class, "fact_progress_report", "report_id",
                        "measure_key, programme_code, dept_code, kind, source, period, due_date, due_date_key, status,"
                                + " claimed_status, on_time, times_returned, created_at, first_submitted_at, submitted_at,"
                                + " reviewed_at, reviewed_by, version", NEWER_VERSION,
                        r -> new Object[] {r.id(), r.measureKey(), r.programme(), r.dept(), r.kind(), r.source(),
                                r.period(), r.dueDate(), EventRows.dateKey(r.dueDate()), r.status(), r.claimedStatus(),
                                r.onTime(), r.timesReturned(), time(r.createdAt()), time(r.firstSubmittedAt()),
                                time(r.submittedAt()), time(r.reviewedAt()), r.reviewedBy(), r.version()}),
                upsert(StarRow.Appeal.class, "fact_appeal", "case_number",
                        "appeal_id, category_code, lead_unit, cooperating_units, district, channel, urgent, supervised,"
                                + " status, time_limit_days, due_date, filed_at, filed_date_key, accepted_at, assigned_at,"
                                + " answered_at, answered_date_key, answered_on_time, outcome, committed_date, rating,"
                                + " rating_score, rated_at, closed_at, reopen_count, duplicate_of, measures, version",
                        NEWER_VERSION,
                        a -> new Object[] {a.caseNumber(), a.id(), a.category(), a.handling().leadUnit(),
                                a.handling().cooperatingUnits(), a.district(), a.channel(), a.urgent(), a.supervised(),
                                a.status(), a.handling().timeLimitDays(), a.handling().dueDate(),
                                time(a.handling().filedAt()), EventRows.dateKey(a.handling().filedAt()),
                                time(a.handling().acceptedAt()), time(a.handling().assignedAt()),
                                time(a.answer().answeredAt()),
                                a.answer().answeredAt() == null ? null : EventRows.dateKey(a.answer().answeredAt()),
                                a.answer().answeredOnTime(), a.answer().outcome(), a.answer().committedDate(), a.rating(),
                                a.rating() == null ? null : EventRows.RATING_SCORES.get(a.rating()), time(a.ratedAt()),
                                time(a.closedAt()), a.reopenCount(), a.duplicateOf(), a.measures(), a.version()}),
                upsert(StarRow.SupervisionNotice.class, "fact_supervision_notice", "notice_id",
                        "number, subject_kind, subject_ref, dept_code, status, reply_due, issued_at, issued_date_key,"
                                + " acknowledged_at, replied_at, escalated_at, replied_on_time, as_of",
                        "excluded.as_of > %1$s.as_of or (excluded.as_of = %1$s.as_of and excluded.status > %1$s.status)",
                        n -> new Object[] {n.id(), n.number(), n.subjectKind(), n.subjectRef(), n.dept(), n.status(),
                                n.replyDue(), time(n.issuedAt()), EventRows.dateKey(n.issuedAt()),
                                time(n.acknowledgedAt()), time(n.repliedAt()), time(n.escalatedAt()), n.repliedOnTime(),
                                time(n.asOf())}),
                insertOnce(StarRow.StatusChange.class, "fact_measure_status_change",
                        "event_id, measure_key, programme_code, previous_status, status, period, report_id, approved_at,"
                                + " approved_date_key",
                        c -> new Object[] {c.eventId(), c.measureKey(), c.programme(), c.previousStatus(), c.status(),
                                c.period(), c.reportId(), time(c.approvedAt()), EventRows.dateKey(c.approvedAt())}),
                insertOnce(StarRow.KpiValue.class, "fact_kpi_value",
                        "event_id, measure_key, report_id, period, name, unit, baseline, target, value, previous_value,"
                                + " recorded_at, recorded_date_key",
                        k -> new Object[] {k.eventId(), k.measureKey(), k.reportId(), k.period(), k.name(), k.unit(),
                                k.baseline(), k.target(), k.value(), k.previousValue(), time(k.recordedAt()),
                                EventRows.dateKey(k.recordedAt())}),
                insertOnce(StarRow.MissingReport.class, "fact_missing_report",
                        "event_id, measure_key, dept_code, period, due_date, days_late, detected_on, detected_date_key",
                        m -> new Object[] {m.eventId(), m.measureKey(), m.dept(), m.period(), m.dueDate(), m.daysLate(),
                                m.detectedOn(), EventRows.dateKey(m.detectedOn())}),
                insertOnce(StarRow.Rating.class, "fact_appeal_rating",
                        "event_id, case_number, lead_unit, category_code, rating, rating_score, satisfied, rated_at,"
                                + " rated_date_key, filed_at",
                        r -> new Object[] {r.eventId(), r.caseNumber(), r.leadUnit(), r.category(), r.rating(), r.score(),
                                r.satisfied(), time(r.ratedAt()), EventRows.dateKey(r.ratedAt()), time(r.filedAt())}),
                insertOnce(StarRow.Delivery.class, "fact_notification_delivery",
                        "event_id, delivery_id, outcome, channel, recipient, rule, category, severity, source_event_type,"
                                + " attempts, permanent, happened_at, date_key",
                        d -> new Object[] {d.eventId(), d.deliveryId(), d.outcome(), d.channel(), d.recipient(), d.rule(),
                                d.category(), d.severity(), d.sourceEventType(), d.attempts(), d.permanent(),
                                time(d.happenedAt()), EventRows.dateKey(d.happenedAt())}));
    }

    /** Writes every row of the batch on the caller's connection (and transaction). */
    public void write(Connection connection, RowBatch batch) throws SQLException {
        for (Table<?> table : tables) {
            write(connection, batch, table);
        }
        for (StarRow.CalendarYear year : batch.of(StarRow.CalendarYear.class)) {
            applyCalendar(connection, year);
        }
    }

    private static <R extends StarRow> void write(Connection connection, RowBatch batch, Table<R> table)
            throws SQLException {
        List<R> rows = batch.of(table.rows());
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(table.sql())) {
            for (R row : rows) {
                Object[] values = table.values().apply(row);
                for (int i = 0; i < values.length; i++) {
                    Object value = values[i];
                    statement.setObject(i + 1, value instanceof List<?> list ? connection.createArrayOf("text",
                            list.toArray()) : value);
                }
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /**
     * A year's notice, when it is newer than the one applied: the year's days go back to weekdays and weekends, then
     * take the notice's days off and worked weekend days.
     */
    private void applyCalendar(Connection connection, StarRow.CalendarYear year) throws SQLException {
        try (PreparedStatement newer = connection.prepareStatement("""
                insert into calendar_year (year, set_at, days) values (?, ?, ?::jsonb)
                on conflict (year) do update set set_at = excluded.set_at, days = excluded.days
                where calendar_year.set_at < excluded.set_at""")) {
            newer.setInt(1, year.year());
            newer.setObject(2, time(year.setAt()));
            newer.setString(3, json(year.days()));
            if (newer.executeUpdate() == 0) {
                return;
            }
        }
        WarehouseTables.resetDates(connection, year.year(), true);
        try (PreparedStatement day = connection.prepareStatement("""
                update dim_date set is_working_day = ?, is_adjusted_working_day = ?, holiday = ? where day = ?""")) {
            for (StarRow.CalendarDay listed : year.days()) {
                day.setBoolean(1, !listed.off());
                day.setBoolean(2, !listed.off() && listed.day().getDayOfWeek().getValue() >= 6);
                day.setString(3, listed.holiday());
                day.setObject(4, listed.day());
                day.addBatch();
            }
            day.executeBatch();
        }
    }

    private String json(List<StarRow.CalendarDay> days) {
        try {
            return json.writeValueAsString(days);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write calendar days", e);
        }
    }

    private static <R extends StarRow> Table<R> upsert(Class<R> rows, String table, String key, String columns,
                                                       String guard, Function<R, Object[]> values) {
        List<String> updated = Arrays.stream(columns.split(",")).map(String::trim).toList();
        String sql = "insert into " + table + " (" + key + ", " + columns + ") values (" + placeholders(updated.size() + 1)
                + ") on conflict (" + key + ") do update set "
                + updated.stream().map(c -> c + " = excluded." + c).collect(Collectors.joining(", "))
                + " where " + guard.formatted(table);
        return new Table<>(rows, sql, values);
    }

    private static <R extends StarRow> Table<R> insertOnce(Class<R> rows, String table, String columns,
                                                           Function<R, Object[]> values) {
        int count = columns.split(",").length;
        return new Table<>(rows, "insert into " + table + " (" + columns + ") values (" + placeholders(count)
                + ") on conflict do nothing", values);
    }

    private static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
