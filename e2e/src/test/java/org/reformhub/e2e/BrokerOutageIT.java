package org.reformhub.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.reformhub.kernel.testing.KafkaProbe;
import org.reformhub.kernel.testing.Tokens;

/**
 * Stops the real Kafka broker for over a minute while 50 writes go on (new measures and edits of them),
 * starts it again: every write succeeded, every event is on the topic exactly once, each measure's events in
 * the order of its changes, and health answered at once throughout.
 */
class BrokerOutageIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SERVICE = System.getProperty("e2e.registry", "http://127.0.0.1:8081");
    private static final Duration OUTAGE = Duration.ofSeconds(62);

    @AfterEach
    void brokerIsBack() throws Exception {
        if (Components.controllable()) {
            Components.run("start", "kafka");
        }
    }

    @Test
    void writes_succeed_while_kafka_is_down_and_their_events_follow_exactly_once_in_order() throws Exception {
        Components.requireControl();
        String token = Tokens.supervisor();
        Components.run("stop", "kafka");
        long stoppedAt = System.nanoTime();

        List<String> codes = new ArrayList<>();
        Map<String, Integer> versions = new HashMap<>();
        int writes = 0;
        for (int i = 0; i < 30; i++) {
            String code = Codes.next();
            String etag = Platform.gatewayAs(token).contentType(ContentType.JSON)
                    .body(WalkingSkeletonIT.measure(code, "zrzy", "市自然资源局"))
                    .post("/api/registry/measures").then().statusCode(201).extract().header("ETag");
            codes.add(code);
            writes++;
            if (i % 3 == 0) { // two edits of every third measure: their events must stay in this order
                for (int edit = 1; edit <= 2; edit++) {
                    etag = Platform.gatewayAs(token).contentType(ContentType.JSON).header("If-Match", etag)
                            .body("{\"remark\":\"第" + edit + "次修改\"}").patch(Codes.path(code))
                            .then().statusCode(200).extract().header("ETag");
                    writes++;
                }
            }
            versions.put(code, Integer.parseInt(etag.replace("\"", "")));
            if (i % 5 == 0) {
                long healthMillis = timed(() -> given().baseUri(SERVICE).get("/q/health/ready").statusCode());
                assertTrue(healthMillis < 2000, "readiness answered in " + healthMillis + " ms while Kafka is down");
            }
            Thread.sleep(1000); // spread over the outage, within the gateway's rate limit
        }
        assertEquals(50, writes);
        given().baseUri(SERVICE).get("/q/health/ready").then().statusCode(503);
        long remaining = OUTAGE.toMillis() - (System.nanoTime() - stoppedAt) / 1_000_000;
        if (remaining > 0) {
            Thread.sleep(remaining);
        }

        Components.run("start", "kafka");

        List<String> keys = codes.stream().map(Codes::key).toList();
        int total = writes;
        List<ConsumerRecord<String, String>> records = KafkaProbe.readUntil("reform.registry", Duration.ofSeconds(120),
                seen -> countFor(seen, keys) >= total);
        List<ConsumerRecord<String, String>> ours = records.stream().filter(r -> keys.contains(r.key())).toList();
        Map<String, Long> copies = ours.stream().collect(Collectors.groupingBy(BrokerOutageIT::eventId, Collectors.counting()));
        assertEquals(writes, copies.size(), "every write's event is on the topic");
        assertTrue(copies.values().stream().allMatch(n -> n == 1), "no event twice: " + copies);
        for (String code : codes) {
            List<Integer> order = ours.stream().filter(r -> r.key().equals(Codes.key(code))).map(BrokerOutageIT::version).toList();
            List<Integer> expected = new ArrayList<>();
            for (int v = 0; v <= versions.get(code); v++) {
                expected.add(v);
            }
            assertEquals(expected, order, "events of " + code + " in the order of its changes");
        }
        // the warehouse loader lost its broker too: it catches up, and holds each measure once in its newest version
        WarehouseIT.awaitWarehouseCaughtUp(token);
        for (String code : codes) {
            List<java.util.Map<String, Object>> rows = WarehouseIT.query(
                    "select version from dim_measure where measure_key = ?", Codes.key(code));
            assertEquals(List.of(versions.get(code).longValue()), rows.stream().map(r -> ((Number) r.get("version")).longValue())
                    .toList(), "the warehouse's " + code);
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            List<String> titles = WalkingSkeletonIT.inboxTitles(Tokens.department("zrzy"));
            return keys.stream().allMatch(key -> titles.stream().filter(t -> t.contains(key)).count() == 1);
        });
        System.out.printf("broker outage: %d writes during %d s, %d events on the topic, duplicates 0%n", writes,
                OUTAGE.toSeconds(), ours.size());
    }

    private static long countFor(List<ConsumerRecord<String, String>> records, List<String> keys) {
        return records.stream().filter(r -> keys.contains(r.key())).map(BrokerOutageIT::eventId).distinct().count();
    }

    private static String eventId(ConsumerRecord<String, String> record) {
        return json(record).path("id").asText();
    }

    private static int version(ConsumerRecord<String, String> record) {
        return json(record).path("data").path("measure").path("version").asInt();
    }

    private static JsonNode json(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long timed(java.util.function.IntSupplier call) {
        long start = System.nanoTime();
        call.getAsInt();
        return (System.nanoTime() - start) / 1_000_000;
    }
}
