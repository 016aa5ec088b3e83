package org.reformhub.notifications.template;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.Test;

import org.reformhub.kernel.testing.KafkaProbe;
import org.reformhub.kernel.testing.Tokens;
import org.reformhub.notifications.template.domain.TemplateCatalogue;
import org.reformhub.notifications.testing.TestEvents;

/** Every template renders; an edit is a new version, and what was sent keeps the version it was written with. */
@QuarkusTest
class TemplatesTest {

    @Test
    void every_rule_has_a_current_template_per_channel_that_previews_with_sample_data() {
        String token = Tokens.supervisor();
        List<Map<String, Object>> current = given().auth().oauth2(token).get("/api/notifications/admin/templates")
                .then().statusCode(200).extract().jsonPath().getList("$");
        for (String rule : TemplateCatalogue.RULES.keySet()) {
            for (var channel : TemplateCatalogue.channelsOf(rule)) {
                assertTrue(current.stream().anyMatch(t -> channel.folder().equals(t.get("channel")) && rule.equals(t.get("rule"))),
                        channel + "/" + rule);
                given().auth().oauth2(token).get("/api/notifications/admin/templates/{c}/{r}/preview", channel.folder(), rule)
                        .then().statusCode(200).body("title", not(equalTo(""))).body("title", not(containsString("{")))
                        .body("body", not(containsString("{")));
            }
        }
    }

    @Test
    void an_edit_is_a_new_version_and_sent_notifications_keep_theirs() {
        String admin = Tokens.forUser("admin");
        String unit = TestEvents.unit();
        String before = TestEvents.caseNumber();
        KafkaProbe.send("reform.appeals", before, TestEvents.assigned(UUID.randomUUID().toString(), before, unit));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(45)).until(() -> given().auth().oauth2(admin)
                .queryParam("dept", unit).get("/api/notifications/inbox").then().extract().jsonPath().getInt("total") == 1);
        String oldTitle = given().auth().oauth2(admin).queryParam("dept", unit).get("/api/notifications/inbox")
                .then().extract().jsonPath().getString("items[0].title");

        int version = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("text", "【交办】{case}：{title}\n请{unit}于 {due} 前答复企业。"))
                .post("/api/notifications/admin/templates/inbox/appeal-assigned").then().statusCode(200)
                .body("origin", equalTo("EDITED")).extract().jsonPath().getInt("version");
        assertTrue(version >= 2);
        given().auth().oauth2(admin).get("/api/notifications/admin/templates/inbox/appeal-assigned/preview")
                .then().statusCode(200).body("title", equalTo("【交办】ZTC-2026-00042：优化水电气外线报建流程"));
        given().auth().oauth2(admin).queryParam("version", 1).get("/api/notifications/admin/templates/inbox/appeal-assigned/preview")
                .then().statusCode(200).body("version", equalTo(1)).body("title", not(containsString("【交办】")));

        String after = TestEvents.caseNumber();
        KafkaProbe.send("reform.appeals", after, TestEvents.assigned(UUID.randomUUID().toString(), after, unit));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(45)).until(() -> given().auth().oauth2(admin)
                .queryParam("dept", unit).get("/api/notifications/inbox").then().extract().jsonPath().getInt("total") == 2);
        List<Map<String, Object>> items = given().auth().oauth2(admin).queryParam("dept", unit).get("/api/notifications/inbox")
                .then().extract().jsonPath().getList("items");
        assertEquals("【交办】" + after + "：厂房用地手续", items.get(0).get("title"));
        assertEquals(version, items.get(0).get("templateVersion"));
        assertEquals(oldTitle, items.get(1).get("title"));
        assertEquals(1, items.get(1).get("templateVersion"));
        given().auth().oauth2(admin).get("/api/notifications/admin/templates/inbox/appeal-assigned").then().statusCode(200)
                .body("size()", equalTo(version));

        // put the bundled wording back for the other tests: a new version again, nothing deleted
        String bundled = given().auth().oauth2(admin).queryParam("version", 1).get("/api/notifications/admin/templates/inbox/appeal-assigned")
                .then().extract().jsonPath().getString("find { it.version == 1 }.text");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("text", bundled))
                .post("/api/notifications/admin/templates/inbox/appeal-assigned").then().statusCode(200);
    }

    @Test
    void a_broken_or_unknown_template_is_refused() {
        String admin = Tokens.forUser("admin");
        for (String broken : List.of("{#if case}未闭合", "{nosuchvalue.deep.call()}", "{case")) {
            given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("text", broken))
                    .post("/api/notifications/admin/templates/email/appeal-assigned")
                    .then().statusCode(400).contentType("application/problem+json");
        }
        given().auth().oauth2(admin).get("/api/notifications/admin/templates/sms/appeal-assigned/preview").then().statusCode(400);
        given().auth().oauth2(admin).get("/api/notifications/admin/templates/email/no-such-rule/preview").then().statusCode(404);
        given().auth().oauth2(admin).get("/api/notifications/admin/templates/inbox/daily-digest/preview").then().statusCode(404);
        given().auth().oauth2(admin).queryParam("version", 999).get("/api/notifications/admin/templates/inbox/appeal-assigned/preview")
                .then().statusCode(404);
        given().auth().oauth2(Tokens.supervisor()).contentType(ContentType.JSON).body(Map.of("text", "x\ny"))
                .post("/api/notifications/admin/templates/inbox/appeal-assigned").then().statusCode(403);
        given().auth().oauth2(Tokens.department("zwsj")).get("/api/notifications/admin/templates").then().statusCode(403);
    }
}
