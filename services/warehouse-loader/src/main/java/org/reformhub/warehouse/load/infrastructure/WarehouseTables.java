package org.reformhub.warehouse.load.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.common.TopicPartition;

/**
 * The loader's own bookkeeping beside the star schema: the next offset per partition (written in the transaction of
 * the rows it loaded, so a restart neither skips nor repeats a record), unknown types, parked records; and what a
 * rebuild and a comparison of two loads need.
 */
@ApplicationScoped
public class WarehouseTables {

    /** The tables a load fills from events: what a rebuild empties, what a digest compares. */
    public static final List<String> STAR_TABLES = List.of("dim_programme", "dim_department", "dim_measure",
            "dim_appeal_category", "dim_date", "calendar_year", "fact_progress_report", "fact_measure_status_change",
            "fact_kpi_value", "fact_missing_report", "fact_appeal", "fact_appeal_rating", "fact_notification_delivery",
            "fact_supervision_notice", "load_skipped_type", "load_rejected");

    /** A record that could not be read, parked with its position. */
    public record Rejected(String topic, int partition, long offset, String eventId, String eventType, String error,
                           String value) {
    }

    public Map<TopicPartition, Long> offsets(Connection connection) throws SQLException {
        Map<TopicPartition, Long> offsets = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "select topic, partition, next_offset from load_offset order by topic, partition")) {
            while (rows.next()) {
                offsets.put(new TopicPartition(rows.getString(1), rows.getInt(2)), rows.getLong(3));
            }
        }
        return offsets;
    }

    public void recordOffsets(Connection connection, Map<TopicPartition, Long> next) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                insert into load_offset (topic, partition, next_offset) values (?, ?, ?)
                on conflict (topic, partition) do update set next_offset = excluded.next_offset""")) {
            for (Map.Entry<TopicPartition, Long> entry : next.entrySet()) {
                statement.setString(1, entry.getKey().topic());
                statement.setInt(2, entry.getKey().partition());
                statement.setLong(3, entry.getValue());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    public void recordSkipped(Connection connection, Map<String, Long> eventsByType) throws SQLException {
        if (eventsByType.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement("""
                insert into load_skipped_type (event_type, events) values (?, ?)
                on conflict (event_type) do update set events = load_skipped_type.events + excluded.events""")) {
            for (Map.Entry<String, Long> entry : eventsByType.entrySet()) {
                statement.setString(1, entry.getKey());
                statement.setLong(2, entry.getValue());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    public void recordRejected(Connection connection, List<Rejected> rejected) throws SQLException {
        if (rejected.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement("""
                insert into load_rejected (topic, partition, record_offset, event_id, event_type, error, value)
                values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")) {
            for (Rejected r : rejected) {
                statement.setString(1, r.topic());
                statement.setInt(2, r.partition());
                statement.setLong(3, r.offset());
                // text columns take no NUL character (a reason the database may have refused the record): kept without
                statement.setString(4, clip(r.eventId(), 200));
                statement.setString(5, clip(r.eventType(), 200));
                statement.setString(6, clip(r.error(), 1000));
                statement.setString(7, withoutNul(r.value()));
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** Empties what a load fills (the date dimension goes back to weekends only) and forgets every offset. */
    public void clear(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("truncate " + String.join(", ", STAR_TABLES.stream().filter(t -> !t.equals("dim_date"))
                    .toList()) + ", load_offset");
        }
        resetDates(connection, null, false);
    }

    /**
     * Days back to the weekday/weekend defaults of the date dimension (V2__date_dimension.sql), one year's (before its
     * notice is applied) or all of them (before a rebuild replays the notices: {@code year} null).
     */
    static void resetDates(Connection connection, Integer year, boolean calendarKnown) throws SQLException {
        try (PreparedStatement reset = connection.prepareStatement("""
                update dim_date set is_working_day = not is_weekend, is_adjusted_working_day = false, holiday = null,
                       calendar_known = ?
                where ?::smallint is null or year = ?""")) {
            reset.setBoolean(1, calendarKnown);
            reset.setObject(2, year, java.sql.Types.SMALLINT);
            reset.setObject(3, year, java.sql.Types.SMALLINT);
            reset.executeUpdate();
        }
    }

    /** Per table: its rows and an MD5 of their text sorted, so two loads can be compared without exporting them. */
    public Map<String, TableDigest> digests(Connection connection) throws SQLException {
        Map<String, TableDigest> digests = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            for (String table : STAR_TABLES) {
                try (ResultSet row = statement.executeQuery("select count(*), coalesce(md5(string_agg(t::text, '\n' "
                        + "order by t::text)), md5('')) from " + table + " t")) {
                    row.next();
                    digests.put(table, new TableDigest(row.getLong(1), row.getString(2)));
                }
            }
        }
        return digests;
    }

    public record TableDigest(long rows, String md5) {
    }

    private static String clip(String value, int max) {
        String text = withoutNul(value);
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static String withoutNul(String value) {
        return value == null ? null : value.replace("\u0000", "");
    }
}
