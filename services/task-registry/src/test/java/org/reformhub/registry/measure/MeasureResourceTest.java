package org.reformhub.registry.measure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.reformhub.kernel.testing.KafkaProbe;
import org.reformhub.kernel.testing.Tokens;

/** The measure API against the real PostgreSQL, Kafka and Keycloak tokens. */
@QuarkusTest
class MeasureResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Measures made by these tests live in a programme of this test run: unique against other runs' events
     * on the broker, and apart from the seed programme that other tests read.
     */
    static final String PROGRAMME = "test-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
    private static final AtomicInteger SEQUENCE = new AtomicInteger(100);
    private static volatile boolean programmeCreated;

    static String newCode() {
        if (!programmeCreated) {
            given().auth().oauth2(Tokens.supervisor()).contentType(ContentType.JSON)
                    .body("{\"code\":\"" + PROGRAMME + "\",\"title\":\"组件测试批次\"}").post("/api/registry/programmes");
            programmeCreated = true;
        }
        int n = SEQUENCE.incrementAndGet();
        return (n / 100) + "-" + String.format("%02d", n % 100);
    }

    /** The API path of a measure of the test programme. */
    static String path(String code) {
        return "/api/registry/measures/" + PROGRAMME + "/" + code;
    }

    /** Its Kafka key. */
    static String key(String code) {
        return PROGRAMME + "/" + code;
    }

    static String measureJson(String code) {
        return """
                {"programme":"%s","code":"%s","list":"REPLICATE","domain":"开办企业","title":"证照主题联办",
                 "leadUnits":[{"code":"zwsj","name":"市政务服务数据管理局"}],
                 "cooperatingUnits":[{"code":"scjg","name":"市市场监管局"}],
                 "deadline":{"kind":"DATE","date":"2020-12-31"}}""".formatted(PROGRAMME, code);
    }

    @Test
    void a_supervisor_creates_a_measure_and_its_event_reaches_kafka_with_full_state() throws Exception {
        String code = newCode();

        given().auth().oauth2(Tokens.supervisor()).contentType(ContentType.JSON).body(measureJson(code))
                .when().post("/api/registry/measures")
                .then().statusCode(201)
                .body("code", equalTo(code))
                .body("leadUnits.code", containsInAnyOrder("zwsj"))
                .body("deadline.date", equalTo("2020-12-31"));

        List<ConsumerRecord<String, String>> records = KafkaProbe.readUntil("reform.registry", Duration.ofSeconds(30),
                seen -> seen.stream().anyMatch(r -> key(code).equals(r.key())));
        ConsumerRecord<String, String> record = records.stream().filter(r -> key(code).equals(r.key())).findFirst().orElseThrow();
        JsonNode event = JSON.readTree(record.value());
        assertEquals("1.0", event.path("specversion").asText());
        assertEquals("reform.registry.measure.created.v1", event.path("type").asText());
        assertEquals("/reformhub/task-registry", event.path("source").asText());
        assertEquals(key(code), event.path("subject").asText());
        assertEquals(PROGRAMME, event.path("data").path("measure").path("programme").asText());
        assertEquals("证照主题联办", event.path("data").path("measure").path("title").asText());
        assertEquals("scjg", event.path("data").path("measure").path("cooperatingUnits").path(0).path("code").asText());
        assertNotNull(KafkaProbe.header(record, "content-type"));
    }

    @Test
    void invalid_fields_are_a_problem_with_field_details_and_nothing_is_stored() {
        String code = newCode();
        String body = """
                {"programme":"%s","code":"%s","list":"REPLICATE","domain":"","title":" ","leadUnits":[],
                 "deadline":{"kind":"DATE"}}""".formatted(PROGRAMME, code);

        given().auth().oauth2(Tokens.supervisor()).contentType(ContentType.JSON).body(body)
                .when().post("/api/registry/measures")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://reformhub.org/problems/validation-failed"))
                .body("errors.field", hasItems("domain", "title", "leadUnits"));

        given().auth().oauth2(Tokens.supervisor()).when().get(path(code))
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void a_deadline_of_kind_date_without_a_date_is_rejected() {
        String body = measureJson(newCode()).replace("\"date\":\"2020-12-31\"", "\"date\":null");
        given().auth().oauth2(Tokens.supervisor()).contentType(ContentType.JSON).body(body)
                .when().post("/api/registry/measures")
                .then().statusCode(400).body("errors.field", hasItems("deadline.date"));
    }

    @Test
    void malformed_json_and_unknown_enum_values_are_malformed_requests() {
        given().auth().oauth2(Tokens.supervisor()).contentType(ContentType.JSON).body("{\"code\":")
                .when().post("/api/registry/measures")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://reformhub.org/problems/malformed-request"));
        given().auth().oauth2(Tokens.supervisor()).contentType(ContentType.JSON)
                .body(measureJson(newCode()).replace("REPLICATE", "COPY"))
                .when().post("/api/registry/measures")
                .then().statusCode(400).body("type", equalTo("https://reformhub.org/problems/malformed-request"));
    }

    @Test
    void the_same_code_twice_is_a_conflict() {
        String code = newCode();
        given().auth().oauth2(Tokens.supervisor()).contentType(ContentType.JSON).body(measureJson(code))
                .post("/api/registry/measures").then().statusCode(201);
        given().auth().oauth2(Tokens.supervisor()).contentType(ContentType.JSON).body(measureJson(code))
                .post("/api/registry/measures")
                .then().statusCode(409).body("type", equalTo("https://reformhub.org/problems/measure-exists"));
    }

    @Test
    void a_department_may_read_but_not_create_and_an_anonymous_caller_gets_401() {
        given().auth().oauth2(Tokens.department("zwsj")).contentType(ContentType.JSON).body(measureJson(newCode()))
                .post("/api/registry/measures")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://reformhub.org/problems/forbidden"));
        given().contentType(ContentType.JSON).body(measureJson(newCode()))
                .post("/api/registry/measures")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2("not-a-token").get("/api/registry/measures/yshj-2020/1-01").then().statusCode(401);
    }

    @Test
    void an_enterprise_cannot_read_measures() {
        given().auth().oauth2(Tokens.forUser("enterprise-a")).get("/api/registry/measures/yshj-2020/1-01")
                .then().statusCode(403);
    }
}
