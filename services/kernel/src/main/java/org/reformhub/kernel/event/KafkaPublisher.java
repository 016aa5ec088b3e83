package org.reformhub.kernel.event;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

/**
 * The one Kafka producer of a service, used by the outbox relay and the dead-letter path. Idempotent,
 * acks=all, bounded timeouts: a down broker makes a send fail within seconds instead of hanging.
 * After a failure the producer is discarded and rebuilt, so no half-broken client state survives.
 */
@ApplicationScoped
public class KafkaPublisher {

    private static final Logger LOG = Logger.getLogger(KafkaPublisher.class);
    private static final int SEND_TIMEOUT_SECONDS = 15;

    private final EventSettings settings;
    private KafkaProducer<String, String> producer;

    public KafkaPublisher(EventSettings settings) {
        this.settings = settings;
    }

    /** Sends all records and waits for every acknowledgement; throws on the first that failed. */
    public synchronized void sendAll(List<ProducerRecord<String, String>> records) throws PublishException {
        List<Exception> failures = send(records);
        for (Exception failure : failures) {
            if (failure != null) {
                throw new PublishException(String.valueOf(failure), failure);
            }
        }
    }

    /**
     * Sends all records and waits for every acknowledgement. Returns, per record, null when Kafka took it,
     * else why not: a restarting broker can take some partitions' records and not yet others', and even a later
     * record of a partition after an earlier one expired — callers that need a key's order send one record per key
     * at a time (the outbox does).
     */
    public synchronized List<Exception> send(List<ProducerRecord<String, String>> records) {
        List<Exception> outcomes = new ArrayList<>();
        if (records.isEmpty()) {
            return outcomes;
        }
        KafkaProducer<String, String> client = producer();
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        RuntimeException sendFailure = null;
        for (ProducerRecord<String, String> record : records) {
            if (sendFailure != null) {
                acks.add(null);
                continue;
            }
            try {
                acks.add(client.send(record));
            } catch (RecordTooLargeException | SerializationException e) {
                // this record alone can never go; the ones behind it still may
                acks.add(java.util.concurrent.CompletableFuture.failedFuture(e));
            } catch (RuntimeException e) {
                // no metadata within max.block.ms: this and every later record stay unsent
                sendFailure = e;
                acks.add(null);
            }
        }
        boolean failed = false;
        for (Future<RecordMetadata> ack : acks) {
            if (ack == null) {
                outcomes.add(sendFailure);
                failed = true;
                continue;
            }
            try {
                ack.get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                outcomes.add(null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                outcomes.add(e);
                failed = true;
            } catch (ExecutionException e) {
                outcomes.add(e.getCause() instanceof Exception cause ? cause : e);
                failed = true;
            } catch (TimeoutException e) {
                outcomes.add(e);
                failed = true;
            }
        }
        if (failed) {
            discard();
        }
        return outcomes;
    }

    public static ProducerRecord<String, String> cloudEventRecord(String topic, String key, String envelope) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, envelope);
        record.headers().add(new RecordHeader("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    private KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
            props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
            props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
            props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
            props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
            props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "10000");
            props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
            props.put(ProducerConfig.CLIENT_ID_CONFIG, settings.source().replace('/', '-') + "-publisher");
            producer = new KafkaProducer<>(props);
        }
        return producer;
    }

    private void discard() {
        if (producer != null) {
            try {
                producer.close(java.time.Duration.ZERO);
            } catch (RuntimeException e) {
                LOG.debug("closing failed producer", e);
            }
            producer = null;
        }
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(5));
            producer = null;
        }
    }

    /** Kafka did not acknowledge a record. */
    public static class PublishException extends Exception {
        public PublishException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
