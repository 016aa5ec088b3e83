package org.reformhub.appeals;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import org.reformhub.appeals.appeal.AppealChannelTest;
import org.reformhub.appeals.appeal.SessionsReportsAndLinksTest;
import org.reformhub.kernel.testing.EventContracts;
import org.reformhub.kernel.testing.KafkaProbe;
import org.reformhub.kernel.testing.Tokens;
import org.reformhub.kernel.city.CityTime;

/**
 * Runs last: every event the appeal channel published during its tests keeps the JSON Schema of its type in
 * docs/events, and every documented reform.appeals type was published (it publishes each itself, so it holds when
 * run alone too).
 */
@QuarkusTest
@Order(Integer.MAX_VALUE)
class AppealEventContractTest {

    @Inject
    EntityManager entityManager;

    @Test
    void every_published_event_keeps_its_schema_and_every_documented_type_is_published() {
        publishEveryType();
        publishSlaTypes();
        publishMerge();
        publishSessionReportsAndTag();
        List<String> envelopes = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select envelope from outbox_event order by seq", String.class).getResultList());
        EventContracts.assertPublishedAsDocumented("reform.appeals", envelopes);
    }

    private static void publishEveryType() {
        String enterprise = Tokens.forUser("enterprise-a");
        String supervisor = Tokens.supervisor();
        String rejected = given().auth().oauth2(enterprise).contentType(ContentType.JSON).body(AppealChannelTest.filing(""))
                .post("/api/appeals/appeals").then().statusCode(201).extract().path("caseNumber");
        given().auth().oauth2(supervisor).contentType(ContentType.JSON).body("{\"reason\":\"重复诉求\"}")
                .post("/api/appeals/appeals/" + rejected + "/reject").then().statusCode(200);
        String c = given().auth().oauth2(enterprise).contentType(ContentType.JSON).body(AppealChannelTest.filing(""))
                .post("/api/appeals/appeals").then().statusCode(201).extract().path("caseNumber");
        given().auth().oauth2(supervisor).post("/api/appeals/appeals/" + c + "/accept").then().statusCode(200);
        given().auth().oauth2(supervisor).contentType(ContentType.JSON).body("{\"leadUnit\":\"zwsj\"}")
                .post("/api/appeals/appeals/" + c + "/assign").then().statusCode(200);
        given().auth().oauth2(Tokens.department("zwsj")).contentType(ContentType.JSON).body("{\"reason\":\"转市自然资源局\"}")
                .post("/api/appeals/appeals/" + c + "/send-back").then().statusCode(200);
        given().auth().oauth2(supervisor).contentType(ContentType.JSON).body("{\"leadUnit\":\"zwsj\"}")
                .post("/api/appeals/appeals/" + c + "/assign").then().statusCode(200);
        given().auth().oauth2(supervisor).contentType(ContentType.JSON).body("{\"dueDate\":\"2027-01-29\",\"reason\":\"核查\"}")
                .post("/api/appeals/appeals/" + c + "/extend").then().statusCode(200);
        given().auth().oauth2(Tokens.department("zwsj")).contentType(ContentType.JSON)
                .body("{\"outcome\":\"CANNOT_RESOLVE_NOW\",\"answer\":\"明年解决\",\"committedDate\":\"2027-03-31\"}")
                .post("/api/appeals/appeals/" + c + "/answer").then().statusCode(200);
        given().auth().oauth2(enterprise).contentType(ContentType.JSON).body("{\"rating\":\"VERY_DISSATISFIED\"}")
                .post("/api/appeals/appeals/" + c + "/rate").then().statusCode(200);
        given().auth().oauth2(Tokens.department("zwsj")).contentType(ContentType.JSON)
                .body("{\"outcome\":\"RESOLVED\",\"answer\":\"已解决\"}")
                .post("/api/appeals/appeals/" + c + "/answer").then().statusCode(200);
        given().auth().oauth2(enterprise).contentType(ContentType.JSON).body("{\"rating\":\"VERY_SATISFIED\"}")
                .post("/api/appeals/appeals/" + c + "/rate").then().statusCode(200);
    }

    /** A warning and an overdue case: due dates moved so that the watch has something to say about each. */
    private void publishSlaTypes() {
        String supervisor = Tokens.supervisor();
        for (String due : List.of("- 2", "")) {
            String c = given().auth().oauth2(Tokens.forUser("enterprise-a")).contentType(ContentType.JSON)
                    .body(AppealChannelTest.filing("")).post("/api/appeals/appeals").then().statusCode(201).extract().path("caseNumber");
            given().auth().oauth2(supervisor).post("/api/appeals/appeals/" + c + "/accept").then().statusCode(200);
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("update appeal set due_date ="
                    + " (now() at time zone 'Asia/Shanghai')::date " + due + " where case_number = :c").setParameter("c", c)
                    .executeUpdate());
        }
        given().auth().oauth2(Tokens.forUser("admin")).post("/api/appeals/admin/sla-watch").then().statusCode(200);
    }

    /** A session that sets a time limit and closes, a monthly report, and a case tagged with a measure of the registry. */
    private static void publishSessionReportsAndTag() {
        String supervisor = Tokens.supervisor();
        String district = org.reformhub.appeals.district.DistrictOfficesTest.newDistrict("金湾");
        String c = given().auth().oauth2(Tokens.forUser("enterprise-a")).contentType(ContentType.JSON)
                .body(AppealChannelTest.filing("").replace("\"横琴\"", "\"" + district + "\"")).post("/api/appeals/appeals")
                .then().statusCode(201).extract().path("caseNumber");
        String session = given().auth().oauth2(supervisor).contentType(ContentType.JSON).body("{\"heldOn\":\""
                        + java.time.LocalDate.now() + "\",\"level\":\"" + district + "\",\"title\":\"每月面对面\",\"hosts\":[\"区长\"]}")
                .post("/api/appeals/sessions").then().statusCode(201).extract().path("id");
        given().auth().oauth2(supervisor).contentType(ContentType.JSON).body("{\"place\":\"区政务服务中心\"}")
                .post("/api/appeals/sessions/" + session + "/invitations").then().statusCode(200);
        given().auth().oauth2(supervisor).contentType(ContentType.JSON).body("{\"caseNumber\":\"" + c
                        + "\",\"outcome\":\"TIME_LIMIT_SET\",\"unit\":\"zrzy\",\"committedDate\":\"2099-12-31\"}")
                .post("/api/appeals/sessions/" + session + "/decisions").then().statusCode(200);
        given().auth().oauth2(supervisor).contentType(ContentType.JSON).body("{\"reason\":\"涉及多个县区\"}")
                .post("/api/appeals/appeals/" + c + "/take-up").then().statusCode(200);
        given().auth().oauth2(supervisor).contentType(ContentType.JSON).body("{}")
                .post("/api/appeals/sessions/" + session + "/close").then().statusCode(200);
        given().auth().oauth2(supervisor).contentType(ContentType.JSON)
                .body("{\"month\":\"" + java.time.YearMonth.now(CityTime.ZONE) + "\"}")
                .post("/api/appeals/city-reports/monthly").then().statusCode(201);
        String programme = "contract-" + System.nanoTime() % 1000000;
        KafkaProbe.send("reform.registry", programme + "/1-01",
                SessionsReportsAndLinksTest.measure(programme, "1-01", "施工许可", "并联审批", "容缺受理"));
        await().atMost(Duration.ofSeconds(45)).until(() -> given().auth().oauth2(supervisor).queryParam("programme", programme)
                .get("/api/appeals/measures").then().extract().jsonPath().getInt("total") == 1);
        given().auth().oauth2(supervisor).contentType(ContentType.JSON)
                .body("{\"measures\":[{\"programme\":\"" + programme + "\",\"code\":\"1-01\"}]}")
                .put("/api/appeals/appeals/" + c + "/measures").then().statusCode(200);
    }

    private static void publishMerge() {
        String enterprise = Tokens.forUser("enterprise-a");
        String original = given().auth().oauth2(enterprise).contentType(ContentType.JSON).body(AppealChannelTest.filing(""))
                .post("/api/appeals/appeals").then().statusCode(201).extract().path("caseNumber");
        String duplicate = given().auth().oauth2(enterprise).contentType(ContentType.JSON).body(AppealChannelTest.filing(""))
                .post("/api/appeals/appeals").then().statusCode(201).extract().path("caseNumber");
        given().auth().oauth2(Tokens.supervisor()).contentType(ContentType.JSON).body("{\"original\":\"" + original + "\"}")
                .post("/api/appeals/appeals/" + duplicate + "/merge").then().statusCode(200);
    }
}
