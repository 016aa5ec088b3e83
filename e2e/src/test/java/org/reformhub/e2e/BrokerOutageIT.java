package org.reformhub.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.reformhub.kernel.testing.KafkaProbe;
import org.reformhub.kernel.testing.Tokens;

/**
 * Stops the real Kafka broker, keeps writing, starts it again: every write succeeded, every event is
 * delivered once, none is lost or doubled.
 */
class BrokerOutageIT {

    @AfterEach
    void brokerIsBack() throws Exception {
        if (Components.controllable()) {
            Components.run("start", "kafka");
        }
    }

    @Test
    void writes_succeed_while_kafka_is_down_and_their_events_follow_once_it_is_back() throws Exception {
        Components.requireControl();
        Components.run("stop", "kafka");

        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String code = Codes.next();
            Platform.gatewayAs(Tokens.supervisor()).contentType(ContentType.JSON)
                    .body(WalkingSkeletonIT.measure(code, "zrzy", "市自然资源局"))
                    .post("/api/registry/measures").then().statusCode(201);
            codes.add(code);
        }
        // while the broker is down nothing can arrive
        Thread.sleep(2000);
        List<String> titlesDuringOutage = WalkingSkeletonIT.inboxTitles(Tokens.department("zrzy"));
        codes.forEach(code -> assertEquals(false, titlesDuringOutage.stream().anyMatch(t -> t.contains(Codes.key(code)))));

        Components.run("start", "kafka");

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            List<String> titles = WalkingSkeletonIT.inboxTitles(Tokens.department("zrzy"));
            return codes.stream().allMatch(code -> titles.stream().filter(t -> t.contains(Codes.key(code))).count() == 1);
        });
        List<String> keys = codes.stream().map(Codes::key).toList();
        List<ConsumerRecord<String, String>> records = KafkaProbe.readUntil("reform.registry", Duration.ofSeconds(30),
                seen -> seen.stream().map(ConsumerRecord::key).collect(Collectors.toSet()).containsAll(keys));
        Map<String, Long> perCode = records.stream().filter(r -> keys.contains(r.key()))
                .collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
        assertEquals(codes.size(), perCode.size(), "every event was published");
        perCode.forEach((code, n) -> assertEquals(1L, n, "event of " + code + " published once"));
    }
}
