package org.reformhub.registry.measure;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import org.reformhub.kernel.outbox.OutboxEvent;
import org.reformhub.kernel.testing.Tokens;

/**
 * An event the broker can never take (larger than its limit) is parked with its reason, counted, listed
 * for admins, and does not hold up the events behind it.
 */
@QuarkusTest
class OutboxParkingTest {

    @Inject
    EntityManager entityManager;

    @Test
    void an_event_too_large_for_the_broker_is_parked_and_the_next_one_is_published() {
        String key = "parking-test/" + UUID.randomUUID();
        long parkedSeq = QuarkusTransaction.requiringNew().call(() -> {
            OutboxEvent huge = new OutboxEvent();
            huge.eventId = UUID.randomUUID();
            huge.topic = "reform.registry";
            huge.aggregateId = key;
            huge.eventType = "reform.registry.test.too-large.v1";
            huge.envelope = "{\"specversion\":\"1.0\",\"data\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
            huge.createdAt = Instant.now();
            entityManager.persist(huge);
            entityManager.flush();
            return huge.seq;
        });
        String code = MeasureResourceTest.newCode();
        given().auth().oauth2(Tokens.supervisor()).contentType(ContentType.JSON).body(MeasureResourceTest.measureJson(code))
                .post("/api/registry/measures").then().statusCode(201);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> parkedAt(parkedSeq) != null
                && published(MeasureResourceTest.key(code)));
        String reason = QuarkusTransaction.requiringNew().call(() -> entityManager.find(OutboxEvent.class, parkedSeq).parkReason);
        assertTrue(reason.contains("RecordTooLarge"), reason);

        given().auth().oauth2(Tokens.forUser("admin")).get("/api/registry/admin/outbox/parked").then().statusCode(200)
                .body("items.seq", hasItem((int) parkedSeq)).body("items.key", hasItem(key));
        given().auth().oauth2(Tokens.supervisor()).get("/api/registry/admin/outbox/parked").then().statusCode(403);
        given().get("/q/metrics").then().statusCode(200).body(org.hamcrest.Matchers.containsString("reformhub_outbox_parked"));

        // cleaned up, so later tests (and the contract test reading the outbox) see only real events
        QuarkusTransaction.requiringNew().run(() -> entityManager.remove(entityManager.find(OutboxEvent.class, parkedSeq)));
    }

    private Instant parkedAt(long seq) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.find(OutboxEvent.class, seq).parkedAt);
    }

    private boolean published(String key) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "select count(e) from OutboxEvent e where e.aggregateId = :key and e.publishedAt is not null", Long.class)
                .setParameter("key", key).getSingleResult()) > 0;
    }
}
