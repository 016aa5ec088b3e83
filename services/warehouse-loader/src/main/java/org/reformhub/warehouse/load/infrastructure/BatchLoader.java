package org.reformhub.warehouse.load.infrastructure;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

import org.reformhub.kernel.event.CloudEvent;
import org.reformhub.kernel.event.EventCodec;
import org.reformhub.kernel.event.InvalidEventException;
import org.reformhub.kernel.problem.DatabaseErrors;
import org.reformhub.kernel.problem.ProblemType;
import org.reformhub.warehouse.load.domain.EventRows;
import org.reformhub.warehouse.load.domain.RowBatch;
import org.reformhub.warehouse.load.domain.UnreadableEvent;

/**
 * Loads one polled batch: its star rows, the types skipped, the records parked as unreadable and the next offset of
 * each partition, all in one database transaction (decision 0011). A value the database refuses (a NUL character, a
 * number out of range) is found by loading the batch's records one by one, and parked; the rest load.
 */
@ApplicationScoped
public class BatchLoader {

    private static final Logger LOG = Logger.getLogger(BatchLoader.class);

    private final DataSource dataSource;
    private final EventCodec codec;
    private final StarWriter writer;
    private final WarehouseTables tables;
    private final LoadProgress progress;
    private final EventRows eventRows = new EventRows();

    public BatchLoader(DataSource dataSource, EventCodec codec, StarWriter writer, WarehouseTables tables,
                       LoadProgress progress) {
        this.dataSource = dataSource;
        this.codec = codec;
        this.writer = writer;
        this.tables = tables;
        this.progress = progress;
    }

    /** What a run of records gives: rows, the next offset per partition, types skipped, records parked. */
    private final class Read {
        final RowBatch rows = new RowBatch();
        final Map<TopicPartition, Long> next = new LinkedHashMap<>();
        final Map<String, Long> skipped = new HashMap<>();
        final List<WarehouseTables.Rejected> rejected = new ArrayList<>();

        Read(Iterable<ConsumerRecord<String, String>> records) {
            for (ConsumerRecord<String, String> record : records) {
                next.put(new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
                CloudEvent event = null;
                try {
                    event = codec.read(record.value());
                    if (!eventRows.read(event, rows)) {
                        skipped.merge(event.type(), 1L, Long::sum);
                    }
                } catch (InvalidEventException | UnreadableEvent e) {
                    rejected.add(rejected(record, event, e.getMessage()));
                }
            }
        }

        void write() {
            inTransaction("write the batch", connection -> {
                writer.write(connection, rows);
                tables.recordSkipped(connection, skipped);
                tables.recordRejected(connection, rejected);
                tables.recordOffsets(connection, next);
            });
        }
    }

    void load(ConsumerRecords<String, String> records) {
        Read batch = new Read(records);
        try {
            batch.write();
        } catch (IllegalStateException e) {
            if (!refusedValue(e)) {
                throw e; // the database is down or busy: the batch is read again
            }
            // a value the database refuses (a NUL character, a number out of range): find it, park it, load the rest
            LOG.warnf("the database refused a batch (%s); loading its %d records one by one", brief(e), records.count());
            records.forEach(this::loadAlone);
            progress.loaded(records.count(), batch.rows.size());
            return;
        }
        if (!batch.rejected.isEmpty()) {
            LOG.warnf("parked %d unreadable records in load_rejected (first: %s)", batch.rejected.size(),
                    batch.rejected.get(0).error());
        }
        progress.loaded(records.count(), batch.rows.size());
    }

    private void loadAlone(ConsumerRecord<String, String> record) {
        Read one = new Read(List.of(record));
        try {
            one.write();
        } catch (IllegalStateException e) {
            if (!refusedValue(e)) {
                throw e;
            }
            String refusal = "refused by the database: " + brief(e);
            CloudEvent event = decodedOrNull(record);
            inTransaction("park a refused record", connection -> {
                tables.recordRejected(connection, List.of(rejected(record, event, refusal)));
                tables.recordOffsets(connection, one.next);
            });
        }
    }

    /** The database refused a value (class 22/23: a NUL character, a number out of range), not down or busy. */
    private static boolean refusedValue(Throwable error) {
        return DatabaseErrors.refusal(error).filter(type -> type == ProblemType.UNPROCESSABLE).isPresent();
    }

    /** The database's own words (the SQL state's message), not the statement with every value of the batch. */
    private static String brief(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage()).replace("\u0000", "").lines().findFirst().orElse("");
        return message.length() <= 300 ? message : message.substring(0, 300);
    }

    private CloudEvent decodedOrNull(ConsumerRecord<String, String> record) {
        try {
            return codec.read(record.value());
        } catch (InvalidEventException e) {
            return null;
        }
    }

    private static WarehouseTables.Rejected rejected(ConsumerRecord<String, String> record, CloudEvent event, String error) {
        return new WarehouseTables.Rejected(record.topic(), record.partition(), record.offset(),
                event == null ? null : event.id(), event == null ? null : event.type(), error, record.value());
    }

    /** Empties every table of the warehouse, offsets included (a rebuild replays from the first offsets). */
    void emptyWarehouse() {
        inTransaction("empty the warehouse", tables::clear);
    }

    /** The next offset of each partition, as committed with the rows. */
    Map<TopicPartition, Long> storedOffsets() {
        try (Connection connection = dataSource.getConnection()) {
            return tables.offsets(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the warehouse's offsets: " + e.getMessage(), e);
        }
    }

    private interface Work {
        void run(Connection connection) throws SQLException;
    }

    /** One database transaction of the loading thread; rolled back, and thrown, when anything in it fails. */
    private void inTransaction(String what, Work work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                work.run(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot " + what + ": " + e.getMessage(), e);
        }
    }
}
