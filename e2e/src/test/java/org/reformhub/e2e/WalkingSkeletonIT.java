package org.reformhub.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.util.List;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import org.reformhub.kernel.testing.Tokens;

/**
 * One real event from one service to another: a supervisor registers a measure at the task registry,
 * its event travels outbox → relay → Kafka → notifications, and the lead department finds it in its inbox.
 */
class WalkingSkeletonIT {

    static String measure(String code, String leadDept, String leadName) {
        return """
                {"programme":"%s","code":"%s","list":"REFERENCE","domain":"土地节约集约利用","title":"端到端测试举措 %s",
                 "leadUnits":[{"code":"%s","name":"%s"}],"deadline":{"kind":"ONGOING"}}"""
                .formatted(Codes.PROGRAMME, code, Codes.key(code), leadDept, leadName);
    }

    static List<String> inboxTitles(String token) {
        return Platform.gatewayAs(token).queryParam("limit", 500).get("/api/notifications/inbox")
                .then().statusCode(200).extract().jsonPath().getList("items.title");
    }

    @Test
    void a_new_measure_reaches_the_lead_departments_inbox_through_kafka_and_no_one_elses() {
        String code = Codes.next();

        Platform.gatewayAs(Tokens.supervisor()).contentType(ContentType.JSON).body(measure(code, "zrzy", "市自然资源局"))
                .post("/api/registry/measures")
                .then().statusCode(201).header("X-Request-Id", notNullValue()).body("code", equalTo(code));

        String title = "新的改革举措任务：" + code + " 端到端测试举措 " + Codes.key(code);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> inboxTitles(Tokens.department("zrzy")).contains(title));
        Platform.gatewayAs(Tokens.department("zwsj")).queryParam("limit", 500).get("/api/notifications/inbox")
                .then().statusCode(200).body("items.title", not(hasItem(title)));
    }
}
