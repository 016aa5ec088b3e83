package org.reformhub.kernel.consumer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

import org.reformhub.kernel.event.CloudEvent;
import org.reformhub.kernel.event.EventCodec;
import org.reformhub.kernel.event.EventSettings;
import org.reformhub.kernel.event.InvalidEventException;
import org.reformhub.kernel.event.KafkaPublisher;
import org.reformhub.kernel.event.Topics;

/**
 * One polling thread for one {@link EventHandler}. Offsets are committed only after each record was
 * applied or dead-lettered, so a crash redelivers (and {@link ProcessedEvents} makes that harmless). A polled batch
 * is applied in one transaction; if any of its events fails, the batch is rolled back and applied again one event at
 * a time, so a bad event is retried and dead-lettered alone, as before.
 */
final class ConsumerLoop implements Runnable {

    private static final Logger LOG = Logger.getLogger(ConsumerLoop.class);

    private final EventHandler handler;
    private final ProcessedEvents processedEvents;
    private final EventCodec codec;
    private final KafkaPublisher publisher;
    private final EventSettings settings;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private volatile KafkaConsumer<String, String> consumer;

    ConsumerLoop(EventHandler handler, ProcessedEvents processedEvents, EventCodec codec, KafkaPublisher publisher,
                 EventSettings settings) {
        this.handler = handler;
        this.processedEvents = processedEvents;
        this.codec = codec;
        this.publisher = publisher;
        this.settings = settings;
    }

    @Override
    public void run() {
        while (running.get()) {
            try (KafkaConsumer<String, String> client = newConsumer()) {
                consumer = client;
                client.subscribe(handler.topics());
                while (running.get()) {
                    ConsumerRecords<String, String> records = client.poll(Duration.ofMillis(500));
                    processBatch(records);
                    if (!records.isEmpty()) {
                        client.commitSync();
                    }
                }
            } catch (WakeupException e) {
                // stop() was called
            } catch (RuntimeException e) {
                // uncommitted records are redelivered to the new client; already applied ones are skipped
                LOG.errorf(e, "consumer %s failed; restarting in 2 s", handler.name());
                pause(Duration.ofSeconds(2));
            }
        }
    }

    private record Decoded(ConsumerRecord<String, String> record, CloudEvent event) {
    }

    private void processBatch(ConsumerRecords<String, String> records) {
        List<Decoded> batch = new java.util.ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            try {
                batch.add(new Decoded(record, codec.read(record.value())));
            } catch (InvalidEventException e) {
                deadLetter(record, e);
            }
        }
        if (batch.size() > 1) {
            try {
                processedEvents.applyAllOnce(handler, batch.stream().map(Decoded::event).toList());
                return;
            } catch (RuntimeException e) {
                LOG.debugf("consumer %s: a batch of %d failed (%s); applying its events one by one", handler.name(),
                        batch.size(), e.getMessage());
            }
        }
        for (Decoded decoded : batch) {
            process(decoded.record(), decoded.event());
        }
    }

    private void process(ConsumerRecord<String, String> record, CloudEvent event) {
        int maxAttempts = settings.consumer().maxAttempts();
        for (int attempt = 1; ; attempt++) {
            try {
                processedEvents.applyOnce(handler, event);
                return;
            } catch (RuntimeException e) {
                if (attempt >= maxAttempts) {
                    LOG.errorf(e, "consumer %s gave up on event %s (%s) after %d attempts", handler.name(),
                            event.id(), event.type(), attempt);
                    deadLetter(record, e);
                    return;
                }
                LOG.warnf("consumer %s: event %s failed (attempt %d of %d): %s", handler.name(), event.id(), attempt,
                        maxAttempts, e.getMessage());
                pause(settings.consumer().retryBackoff().multipliedBy(attempt));
            }
        }
    }

    /** Throws if the DLQ cannot be written: the record is then not committed and comes back. */
    private void deadLetter(ConsumerRecord<String, String> record, Exception error) {
        ProducerRecord<String, String> dead = new ProducerRecord<>(Topics.deadLetterOf(record.topic()), record.key(),
                record.value());
        record.headers().forEach(h -> dead.headers().add(h));
        header(dead, "dlq-consumer-group", groupId());
        header(dead, "dlq-error", error.getClass().getName() + ": " + error.getMessage());
        header(dead, "dlq-original-topic", record.topic());
        header(dead, "dlq-original-partition", Integer.toString(record.partition()));
        header(dead, "dlq-original-offset", Long.toString(record.offset()));
        try {
            publisher.sendAll(List.of(dead));
        } catch (KafkaPublisher.PublishException e) {
            throw new IllegalStateException("cannot write dead-letter record", e);
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        String safe = value == null ? "" : value;
        record.headers().add(new RecordHeader(name, safe.getBytes(StandardCharsets.UTF_8)));
    }

    private String groupId() {
        return settings.consumer().groupPrefix().orElse("") + handler.name();
    }

    private KafkaConsumer<String, String> newConsumer() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "200");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, handler.name() + "-consumer");
        return new KafkaConsumer<>(props);
    }

    void stop() {
        running.set(false);
        KafkaConsumer<String, String> client = consumer;
        if (client != null) {
            client.wakeup();
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
