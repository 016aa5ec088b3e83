package org.reformhub.notifications;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import org.reformhub.kernel.testing.EventContracts;
import org.reformhub.kernel.testing.KafkaProbe;
import org.reformhub.kernel.testing.Tokens;
import org.reformhub.notifications.inbox.AppealNotificationsTest;

/**
 * Every delivery is announced on reform.notifications as documented in docs/events (one event per notification:
 * a redelivered source event announces nothing new).
 */
@QuarkusTest
class NotificationEventContractTest {

    @Inject
    EntityManager entityManager;

    @Test
    void every_delivery_is_announced_once_as_documented() {
        String unit = "c" + UUID.randomUUID().toString().substring(0, 8);
        String eventId = UUID.randomUUID().toString();
        String event = AppealNotificationsTest.appealEvent(eventId, "OVERDUE", "ZTC-202611-44444", unit, "91440400MA4UH1234T");
        KafkaProbe.send("reform.appeals", "ZTC-202611-44444", event);
        KafkaProbe.send("reform.appeals", "ZTC-202611-44444", event);
        String marker = UUID.randomUUID().toString();
        KafkaProbe.send("reform.appeals", "ZTC-202611-44444",
                AppealNotificationsTest.appealEvent(marker, "ASSIGNED", "ZTC-202611-44444", unit, "91440400MA4UH1234T"));
        await().atMost(Duration.ofSeconds(45)).until(() -> given().auth().oauth2(Tokens.supervisor()).queryParam("dept", unit)
                .get("/api/notifications/inbox").then().extract().jsonPath().getInt("total") == 2);
        // the overdue case told the unit and the office, the marker the unit: three deliveries, none twice
        List<String> envelopes = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "select envelope from outbox_event where envelope like :e or envelope like :m order by seq", String.class)
                .setParameter("e", "%" + eventId + "%").setParameter("m", "%" + marker + "%").getResultList());
        assertEquals(3, envelopes.size());
        EventContracts.assertPublishedAsDocumented("reform.notifications", envelopes);
    }
}
