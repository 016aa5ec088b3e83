import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Events for bench/warehouse-replay.sh, made from the documented examples (docs/events/examples), so every one is an
 * event the producers could have sent. Each step of the mix is one case through the channel (filed, accepted,
 * assigned, answered, rated: five events on reform.appeals), four deliveries of its notifications
 * (reform.notifications), every 10th step a progress report submitted and approved with its status change and a KPI
 * value (reform.progress), every 50th a measure update (reform.registry), every 100th a missing report and a
 * supervision notice. Run as a single-file program with the broker's jars (which include Jackson):
 *
 *   java -cp 'kafka/libs/*' bench/WarehouseEvents.java publish BOOTSTRAP EXAMPLES_DIR COUNT   prints the mix's counts
 *   java -cp 'kafka/libs/*' bench/WarehouseEvents.java read BOOTSTRAP COUNT                   prints events/s of a plain read
 */
public class WarehouseEvents {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> TOPICS = List.of("reform.registry", "reform.progress", "reform.appeals",
            "reform.notifications");

    public static void main(String[] args) throws Exception {
        if (args[0].equals("publish")) {
            publish(args[1], Path.of(args[2]), Integer.parseInt(args[3]));
        } else {
            read(args[1], Long.parseLong(args[2]));
        }
    }

    private static ObjectNode example(Path dir, String type) throws Exception {
        return (ObjectNode) JSON.readTree(Files.readString(dir.resolve(type + ".json")));
    }

    private static void publish(String bootstrap, Path examples, int count) throws Exception {
        ObjectNode filed = example(examples, "reform.appeals.appeal.filed.v1");
        ObjectNode rated = example(examples, "reform.appeals.appeal.rated.v1");
        ObjectNode sent = example(examples, "reform.notifications.delivery.sent.v1");
        ObjectNode submitted = example(examples, "reform.progress.report.submitted.v1");
        ObjectNode approved = example(examples, "reform.progress.report.approved.v1");
        ObjectNode status = example(examples, "reform.progress.measure.status-changed.v1");
        ObjectNode kpi = example(examples, "reform.progress.kpi.recorded.v1");
        ObjectNode measure = example(examples, "reform.registry.measure.updated.v1");
        ObjectNode missing = example(examples, "reform.progress.report.missing.v1");
        ObjectNode notice = example(examples, "reform.notifications.supervision.issued.v1");
        String[] units = {"zwsj", "zrzy", "swj", "scjg", "fgj", "jrj", "gq", "sfj", "gdj", "hg"};
        String[] categories = {"land", "approval", "tax", "financing", "policy", "utilities", "legal", "market"};
        String[] ratings = {"VERY_SATISFIED", "SATISFIED", "SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED"};
        String[] steps = {"filed", "accepted", "assigned", "answered", "rated"};

        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(512 * 1024));
        AtomicLong failed = new AtomicLong();
        long[] counts = new long[4];
        Instant base = Instant.parse("2026-01-05T01:00:00Z");
        long published = 0;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            for (int step = 0; published < count; step++) {
                String caseNumber = "ZTC-2026%02d-%05d".formatted(step % 12 + 1, step / 12 % 100000);
                String caseKey = caseNumber; // unique below 1.2 million steps (about 11 million events)
                String unit = units[step % units.length];
                Instant filedAt = base.plusSeconds(step * 97L % (300L * 86400));
                for (int s = 0; s < steps.length && published < count; s++) {
                    ObjectNode event = (s == 0 ? filed : rated).deepCopy();
                    ObjectNode a = (ObjectNode) event.path("data").path("appeal");
                    event.put("id", UUID.randomUUID().toString()).put("type", "reform.appeals.appeal." + steps[s] + ".v1")
                            .put("subject", caseKey).put("time", filedAt.plusSeconds(3600L * s).toString());
                    a.put("id", UUID.nameUUIDFromBytes(caseKey.getBytes()).toString()).put("caseNumber", caseKey)
                            .put("category", categories[step % categories.length]).put("leadUnit", unit)
                            .put("filedAt", filedAt.toString()).put("version", s + 1)
                            .put("status", new String[] {"SUBMITTED", "ACCEPTED", "ASSIGNED", "ANSWERED", "CLOSED"}[s]);
                    if (s < 4) {
                        a.putNull("rating").putNull("ratedAt").putNull("closedAt");
                    }
                    if (s < 3) {
                        a.putNull("answeredAt").putNull("answeredOnTime").putNull("outcome");
                    }
                    if (s < 2) {
                        a.putNull("assignedAt");
                    }
                    if (s == 4) {
                        a.put("rating", ratings[step % ratings.length]).put("ratedAt", filedAt.plusSeconds(4 * 3600L).toString())
                                .put("answeredOnTime", step % 7 != 0);
                    }
                    published += send(producer, "reform.appeals", caseKey, event, counts, 2, failed);
                }
                for (int d = 0; d < 4 && published < count; d++) {
                    ObjectNode event = sent.deepCopy();
                    ObjectNode delivery = (ObjectNode) event.path("data").path("delivery");
                    event.put("id", UUID.randomUUID().toString()).put("subject", "DEPARTMENT:" + unit);
                    delivery.put("deliveryId", UUID.randomUUID().toString()).put("recipient", "DEPARTMENT:" + unit)
                            .put("channel", d % 2 == 0 ? "INBOX" : "EMAIL").put("sentAt", filedAt.plusSeconds(60L * d).toString());
                    published += send(producer, "reform.notifications", "DEPARTMENT:" + unit, event, counts, 3, failed);
                }
                String measureKey = "yshj-2020/" + (step % 2 + 1) + "-" + "%02d".formatted(step / 2 % 50 + 1);
                if (step % 10 == 0 && published + 4 <= count) {
                    String reportId = UUID.randomUUID().toString();
                    for (ObjectNode template : List.of(submitted, approved)) {
                        ObjectNode event = template.deepCopy();
                        event.put("id", UUID.randomUUID().toString()).put("subject", measureKey);
                        ((ObjectNode) event.path("data").path("report")).put("id", reportId)
                                .put("code", measureKey.substring(10)).put("dept", unit);
                        published += send(producer, "reform.progress", measureKey, event, counts, 1, failed);
                    }
                    ObjectNode change = status.deepCopy();
                    change.put("id", UUID.randomUUID().toString()).put("subject", measureKey);
                    ((ObjectNode) change.path("data")).put("reportId", reportId).put("approvedAt", filedAt.toString());
                    ((ObjectNode) change.path("data").path("measure")).put("code", measureKey.substring(10));
                    published += send(producer, "reform.progress", measureKey, change, counts, 1, failed);
                    ObjectNode value = kpi.deepCopy();
                    value.put("id", UUID.randomUUID().toString()).put("subject", measureKey);
                    ((ObjectNode) value.path("data")).put("reportId", reportId).put("value", step % 100);
                    published += send(producer, "reform.progress", measureKey, value, counts, 1, failed);
                }
                if (step % 50 == 0 && published < count) {
                    // the 100 measures in turn, each update a newer version
                    String updated = "%d-%02d".formatted(step / 50 % 2 + 1, step / 100 % 50 + 1);
                    ObjectNode event = measure.deepCopy();
                    event.put("id", UUID.randomUUID().toString()).put("subject", "yshj-2020/" + updated);
                    ((ObjectNode) event.path("data").path("measure")).put("programme", "yshj-2020").put("code", updated)
                            .put("version", step + 2);
                    published += send(producer, "reform.registry", "yshj-2020/" + updated, event, counts, 0, failed);
                }
                if (step % 100 == 0 && published + 2 <= count) {
                    ObjectNode late = missing.deepCopy();
                    late.put("id", UUID.randomUUID().toString()).put("subject", measureKey);
                    ((ObjectNode) late.path("data")).put("dept", unit);
                    published += send(producer, "reform.progress", measureKey, late, counts, 1, failed);
                    ObjectNode issued = notice.deepCopy();
                    String noticeId = UUID.randomUUID().toString();
                    issued.put("id", UUID.randomUUID().toString()).put("subject", "supervision:" + noticeId);
                    ((ObjectNode) issued.path("data").path("notice")).put("id", noticeId).put("dept", unit);
                    published += send(producer, "reform.notifications", "supervision:" + noticeId, issued, counts, 3, failed);
                }
            }
            producer.flush();
        }
        if (failed.get() > 0) {
            throw new IllegalStateException(failed.get() + " events could not be published");
        }
        System.out.println(published + " " + counts[0] + " " + counts[1] + " " + counts[2] + " " + counts[3]);
    }

    private static int send(KafkaProducer<String, String> producer, String topic, String key, ObjectNode event,
                            long[] counts, int topicIndex, AtomicLong failed) throws Exception {
        producer.send(new ProducerRecord<>(topic, key, JSON.writeValueAsString(event)), (meta, e) -> {
            if (e != null) {
                failed.incrementAndGet();
            }
        });
        counts[topicIndex]++;
        return 1;
    }

    /** The anchor: the same topics read by a plain consumer that only counts (what the broker and client can do). */
    private static void read(String bootstrap, long count) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-read-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Integer.toString(8 * 1024 * 1024));
        props.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, Integer.toString(32 * 1024 * 1024));
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        long seen = 0;
        long start = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(TOPICS);
            while (seen < count) {
                int polled = consumer.poll(Duration.ofMillis(500)).count();
                if (polled > 0 && start == 0) {
                    start = System.nanoTime();
                }
                seen += polled;
            }
        }
        System.out.println(Math.round(seen / ((System.nanoTime() - start) / 1e9)));
    }
}
