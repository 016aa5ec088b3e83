import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Load for bench/notifications-throughput.sh: publishes appeal-assigned events on reform.appeals as the appeal service
 * would (one notification each, for one of 50 bench units), as fast as possible or at a fixed rate. Each event id
 * carries its publication time in epoch milliseconds, so the database can tell how long each took to reach an inbox.
 * Run as a single-file program with the broker's jars: java -cp 'kafka/libs/*' bench/NotificationsLoad.java ...
 *
 * args: bootstrap runId phase count ratePerSecond(0 = unpaced) [firstNumber]
 */
public class NotificationsLoad {

    public static void main(String[] args) throws Exception {
        String bootstrap = args[0];
        String run = args[1];
        String phase = args[2];
        int count = Integer.parseInt(args[3]);
        int rate = Integer.parseInt(args[4]);
        int first = args.length > 5 ? Integer.parseInt(args[5]) : 0;
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.LINGER_MS_CONFIG, rate == 0 ? "5" : "0");
        AtomicLong failed = new AtomicLong();
        long start = System.nanoTime();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            for (int i = 0; i < count; i++) {
                if (rate > 0) {
                    long due = start + (long) i * 1_000_000_000L / rate;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    }
                }
                int n = first + i;
                long now = System.currentTimeMillis();
                String caseNumber = "ZTC-209912-" + String.format("%05d", n % 100_000);
                String unit = "bench-" + run + "-u" + (n % 50);
                String id = "bench-" + run + "-" + phase + "-" + n + "-" + now;
                String event = """
                        {"specversion":"1.0","id":"%s","source":"/reformhub/enterprise-appeals","type":"reform.appeals.appeal.assigned.v1",\
                        "subject":"%s","time":"%s","datacontenttype":"application/json","data":{"appeal":{"caseNumber":"%s",\
                        "uscc":"91440400MA4UH1234T","enterpriseName":"基准测试企业","title":"基准测试诉求 %d","status":"ASSIGNED",\
                        "leadUnit":"%s","cooperatingUnits":[],"dueDate":"2099-12-31","version":%d},"action":"ASSIGNED",\
                        "actor":"bench","note":null}}""".formatted(id, caseNumber, Instant.ofEpochMilli(now), caseNumber, n, unit, n);
                producer.send(new ProducerRecord<>("reform.appeals", caseNumber, event), (meta, e) -> {
                    if (e != null) {
                        failed.incrementAndGet();
                    }
                });
            }
            producer.flush();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%d %.2f %d%n", count, seconds, failed.get());
    }
}
