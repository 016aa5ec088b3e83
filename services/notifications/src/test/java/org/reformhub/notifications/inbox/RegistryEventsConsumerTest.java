package org.reformhub.notifications.inbox;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.reformhub.kernel.testing.KafkaProbe;
import org.reformhub.kernel.testing.Tokens;

/**
 * The idempotent consumer and the dead-letter path, against the real broker: events are written to
 * {@code reform.registry} by a test producer and observed through the inbox API.
 */
@QuarkusTest
class RegistryEventsConsumerTest {

    private static final Duration WAIT = Duration.ofSeconds(45);
    private static final String GROUP = "test-notifications.registry-events";

    static String measureCreated(String eventId, String code, String leadDept) {
        return """
                {"specversion":"1.0","id":"%s","source":"/reformhub/task-registry","type":"reform.registry.measure.created.v1",
                 "subject":"%s","time":"2026-11-26T08:00:00Z","datacontenttype":"application/json",
                 "data":{"measure":{"programme":"yshj-2020","code":"%s","title":"证照主题联办","leadUnits":[{"code":"%s","name":"市政务服务数据管理局"}],
                 "cooperatingUnits":[],"deadline":{"kind":"ONGOING"}},"changedFields":[]}}"""
                .formatted(eventId, code, code, leadDept);
    }

    private static List<String> sourceEventsIn(String dept) {
        return given().auth().oauth2(Tokens.supervisor()).queryParam("dept", dept).queryParam("limit", 500)
                .get("/api/notifications/inbox").then().statusCode(200).extract().jsonPath().getList("items.sourceEventId");
    }

    /** Our own group's dead letter for that key: a running platform may dead-letter the same record too. */
    private static ConsumerRecord<String, String> deadLetter(String key) {
        List<ConsumerRecord<String, String>> dead = KafkaProbe.readUntil("reform.registry.dlq", WAIT,
                seen -> seen.stream().anyMatch(r -> isOurs(r, key)));
        return dead.stream().filter(r -> isOurs(r, key)).findFirst().orElseThrow();
    }

    private static boolean isOurs(ConsumerRecord<String, String> record, String key) {
        return key.equals(record.key()) && GROUP.equals(KafkaProbe.header(record, "dlq-consumer-group"));
    }

    private static long messagesFor(String dept, String eventId) {
        return sourceEventsIn(dept).stream().filter(eventId::equals).count();
    }

    @Test
    void a_measure_event_becomes_one_inbox_message_even_when_delivered_twice() {
        String dept = "d" + UUID.randomUUID().toString().substring(0, 8);
        String eventId = UUID.randomUUID().toString();
        String event = measureCreated(eventId, "7-01", dept);

        KafkaProbe.send("reform.registry", "7-01", event);
        await().atMost(WAIT).until(() -> messagesFor(dept, eventId) == 1);

        // redelivery, then a marker behind it on the same key (same partition): once the marker is in,
        // the duplicate has certainly been consumed
        KafkaProbe.send("reform.registry", "7-01", event);
        String marker = UUID.randomUUID().toString();
        KafkaProbe.send("reform.registry", "7-01", measureCreated(marker, "7-01", dept));
        await().atMost(WAIT).until(() -> messagesFor(dept, marker) == 1);

        assertEquals(1, messagesFor(dept, eventId));
        // a page of one still counts the whole inbox (two messages: the event and the marker)
        given().auth().oauth2(Tokens.supervisor()).queryParam("dept", dept).queryParam("limit", 1)
                .get("/api/notifications/inbox").then().statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.equalTo(1)).body("total", org.hamcrest.Matchers.equalTo(2));
    }

    @Test
    void a_poison_record_goes_to_the_dead_letter_topic_and_consumption_goes_on() {
        String key = "poison-" + UUID.randomUUID();
        KafkaProbe.send("reform.registry", key, "{this is not a cloud event");
        String dept = "d" + UUID.randomUUID().toString().substring(0, 8);
        String after = UUID.randomUUID().toString();
        KafkaProbe.send("reform.registry", key, measureCreated(after, "7-02", dept));

        ConsumerRecord<String, String> record = deadLetter(key);
        assertEquals("reform.registry", KafkaProbe.header(record, "dlq-original-topic"));
        assertTrue(KafkaProbe.header(record, "dlq-error").contains("InvalidEventException"));

        await().atMost(WAIT).until(() -> messagesFor(dept, after) == 1);
    }

    @Test
    void an_event_whose_handling_keeps_failing_is_dead_lettered_after_its_attempts_and_leaves_no_trace() {
        String eventId = UUID.randomUUID().toString();
        String key = "broken-" + UUID.randomUUID();
        // a valid envelope whose body lacks leadUnits: the handler fails on every attempt
        String broken = measureCreated(eventId, key, "zwsj").replace("\"leadUnits\"", "\"leaders\"");
        KafkaProbe.send("reform.registry", key, broken);

        ConsumerRecord<String, String> record = deadLetter(key);
        assertNotNull(KafkaProbe.header(record, "dlq-error"));
        assertEquals(0, messagesFor("zwsj", eventId));
    }
}
