package org.reformhub.appeals.appeal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import org.reformhub.kernel.testing.Tokens;
import org.reformhub.kernel.city.CityTime;

/**
 * The SLA watch (80 % warning, overdue and 督办, closing unrated answers — each once) and the channel's figures:
 * public statistics without anything identifying an enterprise, and the units' assessment for supervisors.
 */
@QuarkusTest
class SlaAndFiguresTest {

    @Inject
    EntityManager entityManager;

    private String assigned() {
        String c = given().auth().oauth2(Tokens.forUser("enterprise-a")).contentType(ContentType.JSON)
                .body(AppealChannelTest.filing("")).post("/api/appeals/appeals").then().statusCode(201).extract().path("caseNumber");
        given().auth().oauth2(Tokens.supervisor()).post("/api/appeals/appeals/" + c + "/accept").then().statusCode(200);
        given().auth().oauth2(Tokens.supervisor()).contentType(ContentType.JSON).body("{\"leadUnit\":\"zwsj\"}")
                .post("/api/appeals/appeals/" + c + "/assign").then().statusCode(200);
        return c;
    }

    private void sql(String statement, String caseNumber) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(statement)
                .setParameter("c", caseNumber).executeUpdate());
    }

    private List<String> actions(String caseNumber) {
        return given().auth().oauth2(Tokens.supervisor()).get("/api/appeals/appeals/" + caseNumber).then().statusCode(200)
                .extract().path("history.action");
    }

    @Test
    void the_watch_warns_supervises_and_closes_unrated_answers_once() {
        String late = assigned();
        String soon = assigned();
        String unrated = assigned();
        given().auth().oauth2(Tokens.department("zwsj")).contentType(ContentType.JSON)
                .body("{\"outcome\":\"RESOLVED\",\"answer\":\"已办结\"}").post("/api/appeals/appeals/" + unrated + "/answer")
                .then().statusCode(200);
        sql("update appeal set due_date = (now() at time zone 'Asia/Shanghai')::date - 3 where case_number = :c", late);
        sql("update appeal set due_date = (now() at time zone 'Asia/Shanghai')::date where case_number = :c", soon);
        sql("update appeal set answered_at = now() - interval '30 days' where case_number = :c", unrated);

        given().auth().oauth2(Tokens.forUser("admin")).post("/api/appeals/admin/sla-watch").then().statusCode(200)
                .body("overdue", greaterThanOrEqualTo(1)).body("warned", greaterThanOrEqualTo(1))
                .body("closedUnrated", greaterThanOrEqualTo(1));
        given().auth().oauth2(Tokens.forUser("admin")).post("/api/appeals/admin/sla-watch").then().statusCode(200);
        assertEquals(1, actions(late).stream().filter("OVERDUE"::equals).count());
        given().auth().oauth2(Tokens.supervisor()).get("/api/appeals/appeals/" + late).then().body("supervised", equalTo(true));
        assertEquals(1, actions(soon).stream().filter("SLA_WARNING"::equals).count());
        assertTrue(!actions(soon).contains("OVERDUE"));
        given().auth().oauth2(Tokens.supervisor()).get("/api/appeals/appeals/" + unrated).then()
                .body("status", equalTo("CLOSED")).body("rating", equalTo(null));
        given().auth().oauth2(Tokens.supervisor()).post("/api/appeals/admin/sla-watch").then().statusCode(403);
    }

    @Test
    void public_statistics_and_the_units_assessment() {
        String c = assigned();
        given().auth().oauth2(Tokens.department("zwsj")).contentType(ContentType.JSON)
                .body("{\"outcome\":\"RESOLVED\",\"answer\":\"已办结\"}").post("/api/appeals/appeals/" + c + "/answer")
                .then().statusCode(200);
        given().auth().oauth2(Tokens.forUser("enterprise-a")).contentType(ContentType.JSON).body("{\"rating\":\"SATISFIED\"}")
                .post("/api/appeals/appeals/" + c + "/rate").then().statusCode(200);

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15)).until(() -> given()
                .get("/api/appeals/public/stats").then().extract().jsonPath().getInt("total.answered") >= 1);
        var response = given().get("/api/appeals/public/stats").then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=30"))
                .body("total.received", greaterThanOrEqualTo(1)).body("total.answered", greaterThanOrEqualTo(1))
                .body("byCategory.审批服务.received", greaterThanOrEqualTo(1)).extract();
        String stats = response.asString();
        // revalidation: the same figures answer 304 without a body
        given().header("If-None-Match", response.header("ETag")).get("/api/appeals/public/stats").then().statusCode(304)
                .header("ETag", equalTo(response.header("ETag")));
        assertTrue(!stats.contains("91440400") && !stats.contains("横琴示例") && !stats.contains("0756"), stats);
        given().auth().oauth2(Tokens.supervisor()).get("/api/appeals/assessment").then().statusCode(200)
                .body("units.unit", hasItem("zwsj")).body("units[0].rank", equalTo(1));
        given().auth().oauth2(Tokens.department("zwsj")).get("/api/appeals/assessment").then().statusCode(403);
        given().queryParam("from", "2026-12").queryParam("to", "2026-01").get("/api/appeals/public/stats").then().statusCode(400);
        given().queryParam("from", "2026-13").get("/api/appeals/public/stats").then().statusCode(400)
                .body("type", not(equalTo(null)));
    }

    @Test
    void the_monthly_report_lists_the_figures_and_what_is_unresolved_as_json_and_word() throws Exception {
        String open = assigned();
        String month = java.time.YearMonth.now(CityTime.ZONE).toString();
        given().auth().oauth2(Tokens.supervisor()).get("/api/appeals/monthly-reports/" + month).then().statusCode(200)
                .body("total.received", greaterThanOrEqualTo(1)).body("unresolved.caseNumber", hasItem(open))
                .body("byUnit.zwsj.received", greaterThanOrEqualTo(1));
        byte[] docx = given().auth().oauth2(Tokens.supervisor()).get("/api/appeals/monthly-reports/" + month + ".docx")
                .then().statusCode(200).extract().asByteArray();
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx))) {
            assertTrue(document.getParagraphs().get(0).getText().startsWith("企业直通车诉求办理情况月报"));
            assertTrue(document.getTables().get(0).getRows().stream()
                    .anyMatch(r -> r.getCell(0).getText().equals("横琴")), "the city and every district side by side");
            assertTrue(document.getTables().get(3).getRows().stream()
                    .anyMatch(r -> r.getCell(0).getText().equals(open)), "the unresolved table lists the open case");
        }
        given().auth().oauth2(Tokens.department("zwsj")).get("/api/appeals/monthly-reports/" + month).then().statusCode(403);
        given().auth().oauth2(Tokens.supervisor()).get("/api/appeals/monthly-reports/2026-13").then().statusCode(400);
    }
}
