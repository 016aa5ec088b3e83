package org.reformhub.progress.measure;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import org.reformhub.kernel.testing.KafkaProbe;
import org.reformhub.kernel.testing.Tokens;

/**
 * The service learns measures only from the registry's events on the real broker: created, updated, archived,
 * each applied once and only when newer, whatever order or how often they arrive.
 */
@QuarkusTest
class RegistryEventsConsumerTest {

    private static final Duration WAIT = Duration.ofSeconds(45);
    private final String programme = "p-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);

    private String event(String type, String code, long version, String title, boolean archived) {
        return """
                {"specversion":"1.0","id":"%s","source":"/reformhub/task-registry","type":"%s",
                 "subject":"%s/%s","time":"2026-11-27T08:00:00Z","datacontenttype":"application/json",
                 "data":{"measure":{"programme":"%s","code":"%s","list":"REPLICATE","domain":"政务服务","title":"%s",
                 "practice":"","originPlaces":[],"leadUnits":[{"code":"zwsj","name":"市政务服务数据管理局"}],
                 "cooperatingUnits":[{"code":"zrzy","name":"市自然资源局"}],"workItems":["开设专区","自动审批"],
                 "deadline":{"kind":"DATE","date":"2020-12-31"},"deadlineText":"2020年12月","remark":"正在推进",
                 "statedStatus":"IN_PROGRESS","kpis":[],"archived":%s,"createdAt":"2026-11-27T08:00:00Z",
                 "updatedAt":"2026-11-27T08:00:00Z","version":%d},"changedFields":[]}}"""
                .formatted(UUID.randomUUID(), type, programme, code, programme, code, title, archived, version);
    }

    private void send(String type, String code, long version, String title, boolean archived) {
        KafkaProbe.send("reform.registry", programme + "/" + code, event(type, code, version, title, archived));
    }

    private List<String> titles(String token) {
        return given().auth().oauth2(token).queryParam("programme", programme).get("/api/progress/measures")
                .then().statusCode(200).extract().jsonPath().getList("items.title");
    }

    @Test
    void measures_follow_the_registry_and_late_or_repeated_events_change_nothing() {
        send("reform.registry.measure.created.v1", "1-09", 0, "“秒批”政务服务", false);
        send("reform.registry.measure.created.v1", "1-10", 0, "不动产登记", false);
        await().atMost(WAIT).until(() -> titles(Tokens.supervisor()).size() == 2);

        // v2 arrives before v1 (out of order), then v2 again (redelivery): v2 stays
        send("reform.registry.measure.updated.v1", "1-09", 2, "“秒批”改革", false);
        send("reform.registry.measure.updated.v1", "1-09", 1, "旧标题", false);
        send("reform.registry.measure.updated.v1", "1-09", 2, "“秒批”改革", false);
        send("reform.registry.measure.archived.v1", "1-10", 1, "不动产登记", true);
        await().atMost(WAIT).until(() -> titles(Tokens.supervisor()).equals(List.of("“秒批”改革")));
        given().auth().oauth2(Tokens.supervisor()).queryParam("programme", programme).get("/api/progress/measures")
                .then().body("items[0].registryVersion", equalTo(2)).body("items[0].leadUnits", equalTo(List.of("zwsj")))
                .body("items[0].workItems", equalTo(2)).body("total", equalTo(1));
    }

    @Test
    void a_department_sees_the_measures_it_is_responsible_for_and_enterprises_none() {
        send("reform.registry.measure.created.v1", "2-01", 0, "信易贷", false);
        await().atMost(WAIT).until(() -> titles(Tokens.supervisor()).contains("信易贷"));
        // zwsj leads, zrzy cooperates: both see it; another department's list is not theirs to read
        await().atMost(WAIT).until(() -> titles(Tokens.department("zwsj")).contains("信易贷"));
        await().atMost(WAIT).until(() -> titles(Tokens.department("zrzy")).contains("信易贷"));
        given().auth().oauth2(Tokens.department("zrzy")).queryParam("dept", "zwsj").get("/api/progress/measures")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.forUser("enterprise-a")).get("/api/progress/measures").then().statusCode(403);
        given().get("/api/progress/measures").then().statusCode(401);
        given().auth().oauth2(Tokens.supervisor()).queryParam("programme", "Bad Code").get("/api/progress/measures")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
