package org.reformhub.notifications.delivery;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.Test;

import org.reformhub.kernel.testing.EventContracts;
import org.reformhub.kernel.testing.KafkaProbe;
import org.reformhub.kernel.testing.Mailbox;
import org.reformhub.kernel.testing.Tokens;
import org.reformhub.notifications.testing.TestEvents;
import org.reformhub.notifications.testing.WebhookReceiver;
import org.reformhub.kernel.city.CityTime;

/**
 * E-mail against the real SMTP server test.sh starts (GreenMail, read back through its API), webhooks against a
 * real HTTP receiver that checks signatures; redelivered events, preferences (muted, quiet hours, digest), retries
 * with backoff, permanent failures and an admin's retry.
 */
@QuarkusTest
class DeliveryChannelsTest {

    private static final Duration WAIT = Duration.ofSeconds(45);

    @Inject
    EntityManager entityManager;

    static String admin() {
        return Tokens.forUser("admin");
    }

    /** A department the registry announced, with a contact e-mail; ready once the catalogue has it. */
    static String department(String email) {
        String unit = TestEvents.unit();
        KafkaProbe.send("reform.registry", "department:" + unit,
                TestEvents.departmentCreated(UUID.randomUUID().toString(), unit, "测试局" + unit, email));
        String token = admin();
        await().atMost(WAIT).until(() -> given().auth().oauth2(token).get("/api/notifications/departments/{d}/channels", unit)
                .statusCode() == 200);
        return unit;
    }

    static List<Map<String, Object>> deliveries(String unit) {
        return given().auth().oauth2(admin()).queryParam("recipient", "DEPARTMENT:" + unit).queryParam("limit", 500)
                .get("/api/notifications/admin/deliveries").then().statusCode(200).extract().jsonPath().getList("items");
    }

    static List<Map<String, Object>> deliveries(String unit, String channel, String status) {
        return deliveries(unit).stream().filter(d -> channel.equals(d.get("channel")) && (status == null || status.equals(d.get("status"))))
                .toList();
    }

    /** This instance's deliveries to the department (the platform beside the tests may mail the same address). */
    static List<String> ours(String unit) {
        return deliveries(unit).stream().map(d -> (String) d.get("id")).toList();
    }

    static void preferences(String unit, String json) {
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(json)
                .put("/api/notifications/preferences/departments/{d}", unit).then().statusCode(200);
    }

    @Test
    void an_assignment_is_e_mailed_to_the_departments_contact_address_once_even_when_redelivered() {
        String email = UUID.randomUUID().toString().substring(0, 8) + "@dept.reformhub.local";
        String unit = department(email);
        String caseNumber = TestEvents.caseNumber();
        String event = TestEvents.assigned(UUID.randomUUID().toString(), caseNumber, unit);
        KafkaProbe.send("reform.appeals", caseNumber, event);
        KafkaProbe.send("reform.appeals", caseNumber, event);
        await().atMost(WAIT).until(() -> Mailbox.count(email, caseNumber, ours(unit)) == 1);
        // a marker on the same key: once it is in, the duplicate was consumed too
        String marker = TestEvents.caseNumber();
        KafkaProbe.send("reform.appeals", caseNumber, TestEvents.assigned(UUID.randomUUID().toString(), marker, unit));
        await().atMost(WAIT).until(() -> Mailbox.count(email, marker, ours(unit)) == 1);
        KafkaProbe.send("reform.appeals", caseNumber, event);
        await().pollDelay(Duration.ofSeconds(3)).atMost(WAIT).until(() -> true);
        assertEquals(1, Mailbox.count(email, caseNumber, ours(unit)));
        List<Map<String, Object>> sent = deliveries(unit, "EMAIL", "SENT");
        assertEquals(2, sent.size());
        assertTrue(sent.stream().allMatch(d -> email.equals(d.get("address")) && ((Integer) d.get("attempts")) == 1));
    }

    @Test
    void a_webhook_call_is_signed_retried_after_a_server_error_and_refused_calls_wait_for_an_admin() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver("gateway-secret-" + UUID.randomUUID())) {
            String unit = department(null);
            given().auth().oauth2(admin()).contentType(ContentType.JSON)
                    .body(Map.of("webhookUrl", receiver.url(), "webhookSecret", receiver.secret()))
                    .put("/api/notifications/departments/{d}/channels", unit)
                    .then().statusCode(200).body("webhookSecretSet", equalTo(true)).body("$", org.hamcrest.Matchers.not(
                            org.hamcrest.Matchers.hasKey("webhookSecret")));
            receiver.answer(503);
            String caseNumber = TestEvents.caseNumber();
            KafkaProbe.send("reform.appeals", caseNumber, TestEvents.assigned(UUID.randomUUID().toString(), caseNumber, unit));
            await().atMost(WAIT).until(() -> deliveries(unit, "WEBHOOK", "SENT").size() == 1);
            List<WebhookReceiver.Call> calls = receiver.calls();
            assertEquals(List.of(503, 200), calls.stream().map(WebhookReceiver.Call::answered).toList());
            assertTrue(calls.stream().allMatch(c -> c.signatureValid() && c.timestampFresh()));
            assertTrue(calls.get(1).body().contains(caseNumber) && calls.get(1).body().contains("\"rule\":\"appeal-assigned\""));
            Map<String, Object> sent = deliveries(unit, "WEBHOOK", "SENT").get(0);
            assertEquals(2, sent.get("attempts"));
            assertEquals(calls.get(1).deliveryId(), sent.get("id"));

            // 400: the gateway refuses this message; no retry, failed for good, announced, until an admin retries it
            receiver.answer(400);
            String refused = TestEvents.caseNumber();
            KafkaProbe.send("reform.appeals", refused, TestEvents.assigned(UUID.randomUUID().toString(), refused, unit));
            await().atMost(WAIT).until(() -> deliveries(unit, "WEBHOOK", "FAILED").size() == 1);
            Map<String, Object> failed = deliveries(unit, "WEBHOOK", "FAILED").get(0);
            assertEquals(1, failed.get("attempts"));
            assertEquals("webhook answered HTTP 400", failed.get("lastError"));
            given().auth().oauth2(admin()).queryParam("status", "FAILED").get("/api/notifications/admin/deliveries")
                    .then().statusCode(200).body("items.id", org.hamcrest.Matchers.hasItem(failed.get("id")));
            String failedEvent = QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(
                    "select envelope from outbox_event where envelope like :id and envelope like '%delivery.failed%'", String.class)
                    .setParameter("id", "%" + failed.get("id") + "%").getSingleResult());
            EventContracts.assertConform(List.of(failedEvent));
            given().auth().oauth2(Tokens.supervisor()).post("/api/notifications/admin/deliveries/{id}/retry", failed.get("id"))
                    .then().statusCode(403);
            given().auth().oauth2(admin()).post("/api/notifications/admin/deliveries/{id}/retry", failed.get("id"))
                    .then().statusCode(200).body("status", equalTo("PENDING"));
            given().auth().oauth2(admin()).post("/api/notifications/admin/deliveries/{id}/retry", failed.get("id"))
                    .then().statusCode(409).contentType("application/problem+json");
            await().atMost(WAIT).until(() -> deliveries(unit, "WEBHOOK", "SENT").size() == 2);
            assertEquals(1, receiver.calls().stream().filter(c -> c.body().contains(refused) && c.answered() == 200).count());
        }
    }

    @Test
    void quiet_hours_hold_e_mail_until_morning_but_not_critical_messages() {
        String email = UUID.randomUUID().toString().substring(0, 8) + "@dept.reformhub.local";
        String unit = department(email);
        LocalTime now = LocalTime.now(CityTime.ZONE);
        preferences(unit, "{\"quietFrom\":\"%s\",\"quietUntil\":\"%s\"}".formatted(now.minusHours(1).withNano(0).withSecond(0),
                now.plusHours(1).withNano(0).withSecond(0)));
        String quiet = TestEvents.caseNumber();
        KafkaProbe.send("reform.appeals", quiet, TestEvents.assigned(UUID.randomUUID().toString(), quiet, unit));
        String overdue = TestEvents.caseNumber();
        KafkaProbe.send("reform.appeals", overdue, TestEvents.appeal(UUID.randomUUID().toString(), "OVERDUE", overdue, unit,
                "91440400MA4UH1234T", "ASSIGNED", "2026-11-20", null, 4));
        await().atMost(WAIT).until(() -> Mailbox.count(email, overdue, ours(unit)) == 1);
        // the mail server has the message a moment before the delivery's SENT commits
        await().atMost(WAIT).until(() -> deliveries(unit, "EMAIL", "SENT").size() == 1);
        List<Map<String, Object>> held = deliveries(unit, "EMAIL", "PENDING");
        assertEquals(1, held.size());
        assertTrue(java.time.Instant.parse((String) held.get(0).get("notBefore")).isAfter(java.time.Instant.now().plusSeconds(1800)));
        assertEquals(0, Mailbox.count(email, quiet, ours(unit)));
        // the inbox is not held
        given().auth().oauth2(Tokens.supervisor()).queryParam("dept", unit).get("/api/notifications/inbox")
                .then().statusCode(200).body("total", equalTo(2));
    }

    @Test
    void a_daily_digest_sends_one_e_mail_listing_the_days_messages_and_muted_channels_send_nothing() {
        String email = UUID.randomUUID().toString().substring(0, 8) + "@dept.reformhub.local";
        String unit = department(email);
        preferences(unit, "{\"dailyDigest\":true,\"muted\":[\"report:EMAIL\"]}");
        String first = TestEvents.caseNumber();
        String second = TestEvents.caseNumber();
        KafkaProbe.send("reform.appeals", first, TestEvents.assigned(UUID.randomUUID().toString(), first, unit));
        KafkaProbe.send("reform.appeals", second, TestEvents.assigned(UUID.randomUUID().toString(), second, unit));
        await().atMost(WAIT).until(() -> deliveries(unit, "EMAIL", "DIGEST").size() == 2);
        given().auth().oauth2(admin()).post("/api/notifications/admin/deliveries/digests").then().statusCode(200);
        await().atMost(WAIT).until(() -> Mailbox.count(email, "今日提醒汇总", ours(unit)) == 1);
        assertTrue(Mailbox.subjects(email, ours(unit)).get(0).contains("共 2 条"),
                Mailbox.subjects(email, ours(unit)).toString());
        assertEquals(2, deliveries(unit, "EMAIL", "DIGESTED").size());
        // a second run finds nothing left to send
        given().auth().oauth2(admin()).post("/api/notifications/admin/deliveries/digests").then().statusCode(200)
                .body("count", equalTo(0));
        // muted: a returned report reaches the inbox, no e-mail is planned
        String returned = UUID.randomUUID().toString();
        KafkaProbe.send("reform.progress", "yshj-2020/1-01", """
                {"specversion":"1.0","id":"%s","source":"/reformhub/progress-reporting","type":"reform.progress.report.returned.v1",
                 "subject":"yshj-2020/1-01","time":"2026-11-27T08:00:00Z","datacontenttype":"application/json",
                 "data":{"report":{"programme":"yshj-2020","code":"1-01","dept":"%s","kind":"CONSOLIDATED","period":"2026-11",
                 "returnReason":"请补充数据"}}}""".formatted(returned, unit));
        await().atMost(WAIT).until(() -> given().auth().oauth2(Tokens.supervisor()).queryParam("dept", unit)
                .get("/api/notifications/inbox").then().extract().jsonPath().getInt("total") == 3);
        assertTrue(deliveries(unit).stream().noneMatch(d -> "report-returned".equals(d.get("rule"))));
    }

    @Test
    void preferences_are_checked_and_a_department_sets_only_its_own() {
        String unit = department(null);
        for (String bad : List.of("{\"muted\":[\"report:SMS\"]}", "{\"quietFrom\":\"22:00\"}", "{\"email\":\"not-an-address\"}",
                "{\"quietFrom\":\"25:00\",\"quietUntil\":\"07:00\"}", "{\"dailyDigest\":\"often\"}", "{\"unknown\":1}")) {
            given().auth().oauth2(admin()).contentType(ContentType.JSON).body(bad)
                    .put("/api/notifications/preferences/departments/{d}", unit)
                    .then().statusCode(400).contentType("application/problem+json");
        }
        given().auth().oauth2(admin()).get("/api/notifications/preferences/departments/{d}", unit)
                .then().statusCode(200).body("dailyDigest", equalTo(false));
        given().auth().oauth2(Tokens.department("zwsj")).contentType(ContentType.JSON).body("{\"dailyDigest\":true}")
                .put("/api/notifications/preferences/departments/{d}", unit).then().statusCode(403);
        given().auth().oauth2(Tokens.department("zwsj")).contentType(ContentType.JSON)
                .body("{\"dailyDigest\":true,\"quietFrom\":\"22:00\",\"quietUntil\":\"07:30\"}")
                .put("/api/notifications/preferences/departments/zwsj").then().statusCode(200).body("quietUntil", containsString("07:30"));
        given().auth().oauth2(Tokens.forUser("enterprise-a")).contentType(ContentType.JSON)
                .body("{\"email\":\"boss@example.com\"}").put("/api/notifications/preferences/me").then().statusCode(200);
        given().auth().oauth2(Tokens.forUser("enterprise-a")).get("/api/notifications/preferences/me")
                .then().statusCode(200).body("email", equalTo("boss@example.com"))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("quietHoursWhole")));
        // a department the registry has not announced (its seed catalogue) can still set its channels
        String unannounced = TestEvents.unit();
        given().auth().oauth2(admin()).get("/api/notifications/departments/{d}/channels", unannounced).then().statusCode(404);
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(Map.of("headEmail", "head@" + unannounced + ".gov.cn"))
                .put("/api/notifications/departments/{d}/channels", unannounced).then().statusCode(200)
                .body("code", equalTo(unannounced)).body("headEmail", equalTo("head@" + unannounced + ".gov.cn"));
        given().auth().oauth2(admin()).get("/api/notifications/departments/{d}/channels", unannounced).then().statusCode(200);
        given().auth().oauth2(Tokens.department("zwsj")).contentType(ContentType.JSON)
                .body(Map.of("webhookUrl", "ftp://example.com/x", "webhookSecret", "0123456789abcdef"))
                .put("/api/notifications/departments/zwsj/channels").then().statusCode(anyOf404or400());
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(Map.of("webhookUrl", "http://127.0.0.1:1/x"))
                .put("/api/notifications/departments/{d}/channels", unit).then().statusCode(400);
        given().auth().oauth2(admin()).queryParam("status", "LOST").get("/api/notifications/admin/deliveries").then().statusCode(400);
    }

    private static org.hamcrest.Matcher<Integer> anyOf404or400() {
        // zwsj may not be in this test database's catalogue: either way the request changes nothing
        return org.hamcrest.Matchers.anyOf(equalTo(400), equalTo(404));
    }
}
