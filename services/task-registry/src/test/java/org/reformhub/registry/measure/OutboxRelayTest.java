package org.reformhub.registry.measure;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.reformhub.kernel.outbox.OutboxPublisher;
import org.reformhub.kernel.testing.KafkaProbe;
import org.reformhub.kernel.testing.Tokens;

/** The outbox relay against the real database and broker. */
@QuarkusTest
class OutboxRelayTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    OutboxPublisher publisher;

    @Inject
    EntityManager entityManager;

    @Test
    void concurrent_relays_publish_every_event_exactly_once_and_in_order() throws Exception {
        List<String> codes = new ArrayList<>(); // the aggregates' keys, programme/code
        for (int i = 0; i < 30; i++) {
            String code = MeasureResourceTest.newCode();
            int status = given().auth().oauth2(Tokens.supervisor()).contentType(ContentType.JSON)
                    .body(MeasureResourceTest.measureJson(code)).post("/api/registry/measures").statusCode();
            if (status == 201) {
                codes.add(MeasureResourceTest.key(code));
            }
        }
        // the scheduled relay runs too: four more racing publishers on top of it
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<Integer>> racers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            racers.add(() -> {
                int published = 0;
                for (int round = 0; round < 20 && publisher.pendingCount() > 0; round++) {
                    published += publisher.publishBatch(5);
                }
                return published;
            });
        }
        for (Future<Integer> result : pool.invokeAll(racers)) {
            result.get();
        }
        pool.shutdown();

        Set<String> eventIds = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("select cast(e.eventId as string) from OutboxEvent e where e.aggregateId in :codes", String.class)
                .setParameter("codes", codes).getResultList().stream().collect(Collectors.toSet()));
        assertEquals(codes.size(), eventIds.size());

        List<ConsumerRecord<String, String>> records = KafkaProbe.readUntil("reform.registry", Duration.ofSeconds(30),
                seen -> ids(seen).containsAll(eventIds));
        Map<String, Long> copies = records.stream().map(OutboxRelayTest::id).filter(eventIds::contains)
                .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
        assertEquals(eventIds, copies.keySet(), "every event reached Kafka");
        assertTrue(copies.values().stream().allMatch(n -> n == 1), "no event was published twice: " + copies);
    }

    private static Set<String> ids(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(OutboxRelayTest::id).collect(Collectors.toCollection(HashSet::new));
    }

    private static String id(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value()).path("id").asText();
        } catch (Exception e) {
            return "";
        }
    }
}
