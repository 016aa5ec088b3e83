package org.reformhub.registry;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import org.reformhub.kernel.testing.EventContracts;
import org.reformhub.kernel.testing.Tokens;
import org.reformhub.registry.tasktable.TableFiles;

/**
 * Runs last: every event the registry published during its tests (each one is in the outbox table) keeps
 * the JSON Schema of its type in docs/events, and every documented registry event type was published at
 * least once, so a schema and its producer cannot drift apart unnoticed.
 */
@QuarkusTest
@Order(Integer.MAX_VALUE)
class RegistryEventContractTest {

    @Inject
    EntityManager entityManager;

    @Test
    void every_published_event_keeps_its_schema_and_every_documented_type_is_published() throws Exception {
        publishEveryType();

        List<String> envelopes = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select envelope from outbox_event order by seq", String.class).getResultList());
        EventContracts.assertPublishedAsDocumented("reform.registry", envelopes);
    }

    /** Every kind of change, so the check covers every type whatever other tests ran before. */
    private static void publishEveryType() throws Exception {
        String programme = "contract-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
        String dept = "c" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
        var supervisor = given().auth().oauth2(Tokens.supervisor());
        supervisor.contentType("text/plain; charset=UTF-8").body(TableFiles.secondTableText().getBytes(StandardCharsets.UTF_8))
                .queryParam("programme", programme).queryParam("dryRun", false).post("/api/registry/imports").then().statusCode(200);
        given().auth().oauth2(Tokens.supervisor()).contentType(ContentType.JSON).body("{\"issuingBody\":\"市营商办\"}")
                .patch("/api/registry/programmes/" + programme).then().statusCode(200);
        String etag = given().auth().oauth2(Tokens.supervisor()).get("/api/registry/measures/" + programme + "/1-01")
                .then().statusCode(200).extract().header("ETag");
        etag = given().auth().oauth2(Tokens.supervisor()).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"remark\":\"已完成。\"}").patch("/api/registry/measures/" + programme + "/1-01")
                .then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(Tokens.supervisor()).header("If-Match", etag)
                .delete("/api/registry/measures/" + programme + "/1-01").then().statusCode(200);
        given().auth().oauth2(Tokens.supervisor()).contentType(ContentType.JSON)
                .body("{\"code\":\"" + dept + "\",\"name\":\"合同测试单位" + dept + "\",\"kind\":\"MUNICIPAL_DEPARTMENT\"}")
                .post("/api/registry/departments").then().statusCode(201);
        given().auth().oauth2(Tokens.supervisor()).contentType(ContentType.JSON).body("{\"phone\":\"0756-0000000\"}")
                .patch("/api/registry/departments/" + dept).then().statusCode(200);
        given().auth().oauth2(Tokens.supervisor()).contentType(ContentType.JSON).body("{\"from\":\"" + dept + "\"}")
                .post("/api/registry/departments/jrj/merge").then().statusCode(200);
        given().auth().oauth2(Tokens.supervisor()).post("/api/registry/programmes/" + programme + "/close").then().statusCode(200);
        given().auth().oauth2(Tokens.supervisor()).post("/api/registry/programmes/" + programme + "/reopen").then().statusCode(200);
    }
}
