package org.reformhub.progress;

import static io.restassured.RestAssured.given;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import org.reformhub.kernel.testing.EventContracts;
import org.reformhub.kernel.testing.Tokens;
import org.reformhub.progress.testing.Registry;

/**
 * Runs last: every event progress reporting published during its tests (each one is in the outbox table) keeps
 * the JSON Schema of its type in docs/events, and every documented reform.progress type was published.
 */
@QuarkusTest
@Order(Integer.MAX_VALUE)
class ProgressEventContractTest {

    @Inject
    EntityManager entityManager;

    @Test
    void every_published_event_keeps_its_schema_and_every_documented_type_is_published() {
        publishEveryType();
        List<String> envelopes = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select envelope from outbox_event order by seq", String.class).getResultList());
        EventContracts.assertPublishedAsDocumented("reform.progress", envelopes);
    }

    /** Every kind of step, so the check covers every type whatever other tests ran before. */
    private static void publishEveryType() {
        String programme = Registry.newProgramme("contract");
        Registry.publishMeasure(programme, "1-01", "合同测试", Registry.dated(Registry.today().minusDays(5)));
        Registry.awaitMeasures(programme, 1);
        Registry.scheduleFromThreeMonthsAgo(programme);
        String id = given().auth().oauth2(Tokens.department("zwsj")).contentType(ContentType.JSON).body("""
                        {"period":"%s","claimedStatus":"IN_PROGRESS","narrative":"n","kpis":[{"name":"一次不用跑事项","value":150}],
                         "workItems":[{"item":1,"state":"DONE","note":null}],"supportNeeded":[{"dept":"zrzy","request":"r"}],
                         "submit":true}""".formatted(Registry.currentPeriod()))
                .post("/api/progress/measures/" + programme + "/1-01/reports").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.supervisor()).contentType(ContentType.JSON).body("{\"reason\":\"补充\"}")
                .post("/api/progress/reports/" + id + "/return").then().statusCode(200);
        given().auth().oauth2(Tokens.department("zwsj")).post("/api/progress/reports/" + id + "/submit").then().statusCode(200);
        given().auth().oauth2(Tokens.supervisor()).post("/api/progress/reports/" + id + "/approve").then().statusCode(200);
        given().auth().oauth2(Tokens.forUser("admin")).post("/api/progress/admin/daily-scan").then().statusCode(200);
    }
}
