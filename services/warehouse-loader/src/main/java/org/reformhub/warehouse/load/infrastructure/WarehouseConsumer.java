package org.reformhub.warehouse.load.infrastructure;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

import org.reformhub.kernel.event.CloudEvent;
import org.reformhub.kernel.event.EventCodec;
import org.reformhub.kernel.event.EventSettings;
import org.reformhub.kernel.event.InvalidEventException;
import org.reformhub.kernel.problem.DatabaseErrors;
import org.reformhub.kernel.problem.ProblemType;
import org.reformhub.warehouse.load.domain.EventRows;
import org.reformhub.warehouse.load.domain.RowBatch;
import org.reformhub.warehouse.load.domain.UnreadableEvent;

/**
 * The loading thread. Reads every topic from the earliest offset, turns a polled batch into star rows and writes them,
 * with the next offset of each partition, in one database transaction (decision 0011): offsets live in the
 * warehouse, not in Kafka, so after any failure the thread starts again exactly where the committed rows end.
 * Kafka's committed offsets are kept up to date too, for the usual lag tools, but never read.
 */
@ApplicationScoped
public class WarehouseConsumer {

    private static final Logger LOG = Logger.getLogger(WarehouseConsumer.class);

    private final LoaderSettings settings;
    private final EventSettings events;
    private final DataSource dataSource;
    private final EventCodec codec;
    private final StarWriter writer;
    private final WarehouseTables tables;
    private final LoadProgress progress;
    private final EventRows eventRows = new EventRows();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private volatile KafkaConsumer<String, String> consumer;
    private Thread thread;

    public WarehouseConsumer(LoaderSettings settings, EventSettings events, DataSource dataSource, EventCodec codec,
                             StarWriter writer, WarehouseTables tables, LoadProgress progress) {
        this.settings = settings;
        this.events = events;
        this.dataSource = dataSource;
        this.codec = codec;
        this.writer = writer;
        this.tables = tables;
        this.progress = progress;
    }

    void start(@Observes StartupEvent startup) {
        if (!settings.enabled()) {
            return;
        }
        thread = new Thread(this::run, "warehouse-loader");
        thread.setDaemon(true);
        thread.start();
        LOG.infof("loading %s into the warehouse as %s", settings.topics(), settings.group());
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running.set(false);
        KafkaConsumer<String, String> client = consumer;
        if (client != null) {
            client.wakeup();
        }
    }

    private void run() {
        while (running.get()) {
            try (KafkaConsumer<String, String> client = newConsumer()) {
                consumer = client;
                client.subscribe(settings.topics(), new StartFromWarehouseOffsets(client));
                while (running.get()) {
                    if (progress.rebuildPending()) {
                        rebuild(client);
                    }
                    ConsumerRecords<String, String> records = client.poll(Duration.ofMillis(500));
                    if (!records.isEmpty()) {
                        load(records);
                        client.commitAsync();
                    }
                }
            } catch (WakeupException e) {
                // stopping
            } catch (RuntimeException e) {
                // nothing of the failed batch was committed: the new client starts from the warehouse's offsets
                LOG.errorf("warehouse load failed (%s); starting again from the last committed batch in %s", e.getMessage(),
                        settings.retryAfter());
                progress.failed(e.getMessage());
                pause(settings.retryAfter());
            }
        }
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

    private void load(ConsumerRecords<String, String> records) {
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

    /** Empties the warehouse and reads every assigned partition from its first offset again. */
    private void rebuild(KafkaConsumer<String, String> client) {
        inTransaction("empty the warehouse", tables::clear); // when it fails, the request stays pending
        progress.rebuildBegun();
        LOG.infof("warehouse emptied; replaying %s from the earliest offset", client.assignment());
        client.seekToBeginning(client.assignment());
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

    /** On every assignment: continue where the warehouse's committed rows end, or from the start of the partition. */
    private final class StartFromWarehouseOffsets implements ConsumerRebalanceListener {

        private final KafkaConsumer<String, String> client;

        StartFromWarehouseOffsets(KafkaConsumer<String, String> client) {
            this.client = client;
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            Map<TopicPartition, Long> stored;
            try (Connection connection = dataSource.getConnection()) {
                stored = tables.offsets(connection);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the warehouse's offsets: " + e.getMessage(), e);
            }
            List<TopicPartition> fresh = new ArrayList<>();
            for (TopicPartition partition : partitions) {
                Long offset = stored.get(partition);
                if (offset == null) {
                    fresh.add(partition);
                } else {
                    client.seek(partition, offset);
                }
            }
            if (!fresh.isEmpty()) {
                client.seekToBeginning(fresh); // (an empty list would mean every assigned partition)
            }
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            // nothing to flush: every loaded batch was committed with its offsets
        }
    }

    private KafkaConsumer<String, String> newConsumer() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, events.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, settings.group());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Integer.toString(settings.batchSize()));
        // a replay reads large batches: let a fetch bring several thousand events per partition
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Integer.toString(8 * 1024 * 1024));
        props.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, Integer.toString(32 * 1024 * 1024));
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, settings.group() + "-consumer");
        return new KafkaConsumer<>(props);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
