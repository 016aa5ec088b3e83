package org.reformhub.warehouse.load.infrastructure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

import org.reformhub.kernel.event.EventSettings;

/**
 * The loading thread. Reads every topic from the earliest offset, turns a polled batch into star rows and writes them,
 * with the next offset of each partition, in one database transaction (decision 0011): offsets live in the
 * warehouse, not in Kafka, so after any failure the thread starts again exactly where the committed rows end.
 * Kafka's committed offsets are kept up to date too, for the usual lag tools, but never read. What a batch becomes
 * is {@link BatchLoader}'s.
 */
@ApplicationScoped
public class WarehouseConsumer {

    private static final Logger LOG = Logger.getLogger(WarehouseConsumer.class);

    private final LoaderSettings settings;
    private final EventSettings events;
    private final BatchLoader loader;
    private final LoadProgress progress;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private volatile KafkaConsumer<String, String> consumer;
    private Thread thread;

    public WarehouseConsumer(LoaderSettings settings, EventSettings events, BatchLoader loader, LoadProgress progress) {
        this.settings = settings;
        this.events = events;
        this.loader = loader;
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
                        loader.load(records);
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

    /** Empties the warehouse and reads every assigned partition from its first offset again. */
    private void rebuild(KafkaConsumer<String, String> client) {
        loader.emptyWarehouse(); // when it fails, the request stays pending
        progress.rebuildBegun();
        LOG.infof("warehouse emptied; replaying %s from the earliest offset", client.assignment());
        client.seekToBeginning(client.assignment());
    }

    /** On every assignment: continue where the warehouse's committed rows end, or from the start of the partition. */
    private final class StartFromWarehouseOffsets implements ConsumerRebalanceListener {

        private final KafkaConsumer<String, String> client;

        StartFromWarehouseOffsets(KafkaConsumer<String, String> client) {
            this.client = client;
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            Map<TopicPartition, Long> stored = loader.storedOffsets();
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
