package org.reformhub.notifications;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
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
import org.reformhub.kernel.testing.Tokens;
import org.reformhub.notifications.testing.TestEvents;
import org.reformhub.notifications.testing.WebhookReceiver;
import org.reformhub.kernel.city.CityTime;

/**
 * Everything this service publishes on reform.notifications is as documented in docs/events: deliveries sent (once
 * per notification and channel: a redelivered source event announces nothing new) and failed, and every step of a
 * supervision notice. Publishes each type itself, so it holds when run alone.
 */
@QuarkusTest
class NotificationEventContractTest {

    private static final Duration WAIT = Duration.ofSeconds(45);

    @Inject
    EntityManager entityManager;

    private List<String> envelopesMentioning(String... needles) {
        StringBuilder where = new StringBuilder("false");
        for (int i = 0; i < needles.length; i++) {
            where.append(" or envelope like :n").append(i);
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = entityManager.createNativeQuery("select envelope from outbox_event where " + where + " order by seq",
                    String.class);
            for (int i = 0; i < needles.length; i++) {
                query.setParameter("n" + i, "%" + needles[i] + "%");
            }
            @SuppressWarnings("unchecked")
            List<String> envelopes = query.getResultList();
            return envelopes;
        });
    }

    @Test
    void everything_published_is_as_documented_and_nothing_twice() throws Exception {
        String admin = Tokens.forUser("admin");
        // a department with a contact e-mail and a webhook that refuses: one sent e-mail, one failed call
        String unit = TestEvents.unit();
        KafkaProbe.send("reform.registry", "department:" + unit,
                TestEvents.departmentCreated(UUID.randomUUID().toString(), unit, "测试局", unit + "@dept.reformhub.local"));
        await().atMost(WAIT).until(() -> given().auth().oauth2(admin).get("/api/notifications/departments/{d}/channels", unit)
                .statusCode() == 200);
        try (WebhookReceiver receiver = new WebhookReceiver("contract-secret-" + UUID.randomUUID())) {
            given().auth().oauth2(admin).contentType(ContentType.JSON)
                    .body(Map.of("webhookUrl", receiver.url(), "webhookSecret", receiver.secret()))
                    .put("/api/notifications/departments/{d}/channels", unit).then().statusCode(200);
            receiver.answer(410);
            String eventId = UUID.randomUUID().toString();
            String event = TestEvents.appeal(eventId, "OVERDUE", "ZTC-202611-44444", unit, "91440400MA4UH1234T", "ASSIGNED",
                    "2026-11-20", null, 4);
            KafkaProbe.send("reform.appeals", "ZTC-202611-44444", event);
            KafkaProbe.send("reform.appeals", "ZTC-202611-44444", event);
            // the overdue case told the unit, the city office and its district's office: three inbox deliveries, the
            // unit's and the city office's e-mail (the district office has none configured), the unit's webhook call
            // (refused: failed)
            await().atMost(WAIT).until(() -> envelopesMentioning(eventId).size() == 6);
            List<String> envelopes = envelopesMentioning(eventId);
            assertEquals(3, envelopes.stream().filter(e -> e.contains("\"INBOX\"")).count());
            assertEquals(2, envelopes.stream().filter(e -> e.contains("\"EMAIL\"") && e.contains("delivery.sent")).count());
            assertEquals(1, envelopes.stream().filter(e -> e.contains("delivery.failed")).count());
        }

        // a supervision notice, acknowledged, replied; another escalated
        LocalDate today = CityTime.today();
        String supervisor = Tokens.supervisor();
        List<String> ids = new java.util.ArrayList<>();
        for (LocalDate due : List.of(today.plusDays(3), today)) {
            ids.add(given().auth().oauth2(supervisor).contentType(ContentType.JSON)
                    .body(Map.of("subjectKind", "APPEAL", "subjectRef", "ZTC-202611-44444", "dept", "zwsj", "reason", "超期未答复",
                            "replyDue", due.toString()))
                    .post("/api/notifications/supervision-notices").then().statusCode(201).extract().jsonPath().getString("id"));
        }
        String officer = Tokens.department("zwsj");
        given().auth().oauth2(officer).post("/api/notifications/supervision-notices/{id}/acknowledge", ids.get(0))
                .then().statusCode(200);
        given().auth().oauth2(officer).contentType(ContentType.JSON).body(Map.of("reply", "已答复企业"))
                .post("/api/notifications/supervision-notices/{id}/reply", ids.get(0)).then().statusCode(200);
        given().auth().oauth2(admin).queryParam("date", today.plusDays(1).toString())
                .post("/api/notifications/admin/reminders/run").then().statusCode(200);
        List<String> supervision = envelopesMentioning("supervision:" + ids.get(0), "supervision:" + ids.get(1));
        assertEquals(List.of("acknowledged", "escalated", "issued", "issued", "replied"), supervision.stream()
                .filter(e -> e.contains("reform.notifications.supervision."))
                .map(e -> e.replaceAll("(?s).*reform\\.notifications\\.supervision\\.([a-z]+)\\.v1.*", "$1")).sorted().toList());

        List<String> all = new java.util.ArrayList<>(envelopesMentioning("reform.notifications."));
        EventContracts.assertPublishedAsDocumented("reform.notifications", all);
    }
}
