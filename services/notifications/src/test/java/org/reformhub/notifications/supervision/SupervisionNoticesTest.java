package org.reformhub.notifications.supervision;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.Test;

import org.reformhub.kernel.testing.KafkaProbe;
import org.reformhub.kernel.testing.Mailbox;
import org.reformhub.kernel.testing.Tokens;
import org.reformhub.notifications.testing.TestEvents;
import org.reformhub.kernel.city.CityTime;

/** 督办单: issued, acknowledged and answered in the inbox, escalated to the unit's head when unanswered, counted. */
@QuarkusTest
class SupervisionNoticesTest {

    private static final Duration WAIT = Duration.ofSeconds(45);
    private static final LocalDate TODAY = CityTime.today();

    static Map<String, Object> issue(String dept, LocalDate replyDue) {
        return given().auth().oauth2(Tokens.supervisor()).contentType(ContentType.JSON)
                .body(Map.of("subjectKind", "MEASURE", "subjectRef", "yshj-2020/1-03", "dept", dept,
                        "reason", "外线报建并联审批进展滞后，请说明原因和下一步安排", "replyDue", replyDue.toString()))
                .post("/api/notifications/supervision-notices").then().statusCode(201)
                .body("number", matchesPattern("督办〔\\d{4}〕\\d+号")).body("status", equalTo("ISSUED"))
                .extract().jsonPath().getMap("$");
    }

    static List<String> ours(String dept) {
        List<Map<String, Object>> deliveries = given().auth().oauth2(Tokens.forUser("admin"))
                .queryParam("recipient", "DEPARTMENT:" + dept).queryParam("limit", 500)
                .get("/api/notifications/admin/deliveries").then().statusCode(200).extract().jsonPath().getList("items");
        return deliveries.stream().map(d -> (String) d.get("id")).toList();
    }

    static long inboxOfRule(String token, String dept, String rule) {
        var request = given().auth().oauth2(token).queryParam("limit", 500);
        if (dept != null) {
            request = request.queryParam("dept", dept);
        }
        List<Map<String, Object>> items = request.get("/api/notifications/inbox").then().statusCode(200).extract().jsonPath()
                .getList("items");
        return items.stream().filter(n -> rule.equals(n.get("rule"))).count();
    }

    @Test
    void a_unit_acknowledges_and_replies_and_an_unanswered_notice_is_escalated_to_its_head() {
        String head = "head-" + UUID.randomUUID().toString().substring(0, 8) + "@zrzy.reformhub.local";
        KafkaProbe.send("reform.registry", "department:zrzy",
                TestEvents.departmentCreated(UUID.randomUUID().toString(), "zrzy", "市自然资源局", "zrzy@reformhub.local"));
        String admin = Tokens.forUser("admin");
        await().atMost(WAIT).until(() -> given().auth().oauth2(admin).get("/api/notifications/departments/zrzy/channels")
                .statusCode() == 200);
        given().auth().oauth2(Tokens.department("zrzy")).contentType(ContentType.JSON).body(Map.of("headEmail", head))
                .put("/api/notifications/departments/zrzy/channels").then().statusCode(200).body("headEmail", equalTo(head));
        String unit = Tokens.department("zrzy");
        long issuedBefore = inboxOfRule(unit, null, "supervision-issued");

        Map<String, Object> answered = issue("zrzy", TODAY.plusDays(5));
        Map<String, Object> ignored = issue("zrzy", TODAY);
        assertEquals(issuedBefore + 2, inboxOfRule(unit, null, "supervision-issued"));

        // another unit does not see it
        given().auth().oauth2(Tokens.department("zwsj")).get("/api/notifications/supervision-notices/{id}", answered.get("id"))
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.department("zwsj")).post("/api/notifications/supervision-notices/{id}/acknowledge",
                answered.get("id")).then().statusCode(404);
        given().auth().oauth2(Tokens.department("zwsj")).queryParam("dept", "zrzy").get("/api/notifications/supervision-notices")
                .then().statusCode(403);

        given().auth().oauth2(unit).post("/api/notifications/supervision-notices/{id}/acknowledge", answered.get("id"))
                .then().statusCode(200).body("status", equalTo("ACKNOWLEDGED"));
        long repliedBefore = inboxOfRule(Tokens.supervisor(), null, "supervision-replied");
        given().auth().oauth2(unit).contentType(ContentType.JSON).body(Map.of("reply", "已完成并联审批系统改造，12月上线"))
                .post("/api/notifications/supervision-notices/{id}/reply", answered.get("id"))
                .then().statusCode(200).body("status", equalTo("REPLIED"));
        assertEquals(repliedBefore + 1, inboxOfRule(Tokens.supervisor(), null, "supervision-replied"));
        given().auth().oauth2(unit).contentType(ContentType.JSON).body(Map.of("reply", "again"))
                .post("/api/notifications/supervision-notices/{id}/reply", answered.get("id"))
                .then().statusCode(409).contentType("application/problem+json");

        // the day after the second one's reply date: escalated once, the head contact gets an e-mail
        for (int run = 0; run < 2; run++) {
            given().auth().oauth2(admin).queryParam("date", TODAY.plusDays(1).toString())
                    .post("/api/notifications/admin/reminders/run").then().statusCode(200);
        }
        given().auth().oauth2(unit).get("/api/notifications/supervision-notices/{id}", ignored.get("id"))
                .then().statusCode(200).body("status", equalTo("ESCALATED"));
        await().atMost(WAIT).until(() -> Mailbox.count(head, "升级督办", ours("zrzy")) == 1);
        assertTrue(inboxOfRule(unit, null, "supervision-escalated") >= 1);

        List<Map<String, Object>> cards = given().auth().oauth2(Tokens.supervisor())
                .get("/api/notifications/supervision-notices/scorecard").then().statusCode(200).extract().jsonPath().getList("$");
        Map<String, Object> zrzy = cards.stream().filter(c -> "zrzy".equals(c.get("dept"))).findFirst().orElseThrow();
        // other tests of this run may have given zrzy notices too: at least this test's own
        assertTrue(((Number) zrzy.get("issued")).intValue() >= 2);
        assertTrue(((Number) zrzy.get("escalated")).intValue() >= 1);
        assertTrue(((Number) zrzy.get("repliedOnTime")).intValue() >= 1);
        given().auth().oauth2(unit).get("/api/notifications/supervision-notices/scorecard").then().statusCode(403);
        given().auth().oauth2(unit).get("/api/notifications/supervision-notices").then().statusCode(200)
                .body("items.dept", org.hamcrest.Matchers.everyItem(equalTo("zrzy")));
    }

    @Test
    void bad_notices_are_refused_and_change_nothing() {
        String supervisor = Tokens.supervisor();
        for (String bad : List.of(
                "{\"subjectKind\":\"X\",\"subjectRef\":\"a\",\"dept\":\"zrzy\",\"reason\":\"r\",\"replyDue\":\"2030-01-01\"}",
                "{\"subjectKind\":\"MEASURE\",\"subjectRef\":\"a\",\"dept\":\"Z R\",\"reason\":\"r\",\"replyDue\":\"2030-01-01\"}",
                "{\"subjectKind\":\"MEASURE\",\"subjectRef\":\"a\",\"dept\":\"zrzy\",\"reason\":\" \",\"replyDue\":\"2030-01-01\"}",
                "{\"subjectKind\":\"MEASURE\",\"subjectRef\":\"a\",\"dept\":\"zrzy\",\"reason\":\"r\",\"replyDue\":\"2030-02-30\"}",
                "{\"subjectKind\":\"MEASURE\",\"subjectRef\":\"<script>\",\"dept\":\"zrzy\",\"reason\":\"r\",\"replyDue\":\"2030-01-01\"}",
                "{\"subjectKind\":\"MEASURE\",\"subjectRef\":\"a\",\"dept\":\"zrzy\",\"reason\":\"r\"}")) {
            given().auth().oauth2(supervisor).contentType(ContentType.JSON).body(bad).post("/api/notifications/supervision-notices")
                    .then().statusCode(400).contentType("application/problem+json");
        }
        given().auth().oauth2(supervisor).contentType(ContentType.JSON)
                .body(Map.of("subjectKind", "APPEAL", "subjectRef", "ZTC-202611-00001", "dept", "zrzy", "reason", "r",
                        "replyDue", TODAY.minusDays(1).toString()))
                .post("/api/notifications/supervision-notices").then().statusCode(422).contentType("application/problem+json");
        given().auth().oauth2(Tokens.department("zrzy")).contentType(ContentType.JSON)
                .body(Map.of("subjectKind", "APPEAL", "subjectRef", "ZTC-202611-00001", "dept", "zwsj", "reason", "r",
                        "replyDue", TODAY.plusDays(1).toString()))
                .post("/api/notifications/supervision-notices").then().statusCode(403);
        given().auth().oauth2(supervisor).get("/api/notifications/supervision-notices/{id}", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(supervisor).get("/api/notifications/supervision-notices/not-a-uuid").then().statusCode(404);
    }
}
