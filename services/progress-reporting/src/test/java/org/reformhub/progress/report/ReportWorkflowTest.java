package org.reformhub.progress.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.reformhub.kernel.testing.Tokens;
import org.reformhub.progress.testing.Registry;

/**
 * A report's life against the real database and broker: draft → submitted → returned → resubmitted → approved,
 * only the approved consolidated report changing the official status, every step in the history and on
 * reform.progress; contributions of cooperating units; retries with an Idempotency-Key; bad input refused.
 */
@QuarkusTest
class ReportWorkflowTest {

    @Inject
    EntityManager entityManager;

    private String programme;

    @BeforeEach
    void measures() {
        programme = Registry.newProgramme("wf");
        Registry.publishProgramme(programme, "工作流测试任务分工表");
        Registry.publishMeasure(programme, "1-09", "“秒批”政务服务", Registry.dated(Registry.today().plusYears(1)));
        Registry.publishMeasure(programme, "1-10", "不动产登记", "{\"kind\":\"ONGOING\"}");
        Registry.awaitMeasures(programme, 2);
        Registry.scheduleFromThreeMonthsAgo(programme);
    }

    static String report(String period, String status, String narrative) {
        return """
                {"period":"%s","claimedStatus":"%s","narrative":"%s",
                 "workItems":[{"item":1,"state":"DONE","note":"专区已上线"},{"item":2,"state":"IN_PROGRESS"}],
                 "kpis":[{"name":"一次不用跑事项","value":189}],"problems":"系统对接慢",
                 "supportNeeded":[{"dept":"zrzy","request":"提供不动产数据接口"}],"nextSteps":"扩大秒批事项"}"""
                .formatted(period, status, narrative);
    }

    private ValidatableResponse post(String token, String code, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/progress/measures/" + programme + "/" + code + "/reports").then();
    }

    private ValidatableResponse step(String token, String id, String action, String body) {
        var request = given().auth().oauth2(token);
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.post("/api/progress/reports/" + id + "/" + action).then();
    }

    private String officialStatus(String code) {
        return given().auth().oauth2(Tokens.supervisor()).get("/api/progress/measures/" + programme + "/" + code)
                .then().statusCode(200).extract().path("official.status");
    }

    @Test
    void submit_return_resubmit_approve_and_only_the_approval_sets_the_status() {
        // the table's stated status is the first, imported, official status
        assertEquals("IN_PROGRESS", officialStatus("1-09"));
        String zwsj = Tokens.department("zwsj");
        String id = post(zwsj, "1-09", report(Registry.currentPeriod(), "COMPLETED", "已全面实现秒批"))
                .statusCode(201).body("status", equalTo("DRAFT")).body("kind", equalTo("CONSOLIDATED"))
                .extract().path("id");
        step(zwsj, id, "submit", null).statusCode(200).body("status", equalTo("SUBMITTED")).body("onTime", equalTo(true));
        assertEquals("IN_PROGRESS", officialStatus("1-09"));

        step(Tokens.supervisor(), id, "return", "{\"reason\":\"请补充秒批事项清单\"}").statusCode(200)
                .body("status", equalTo("RETURNED")).body("returnReason", equalTo("请补充秒批事项清单"));
        given().auth().oauth2(Tokens.supervisor()).get("/api/progress/measures/" + programme + "/1-09").then()
                .body("assessment.reasons.rule", hasItem("returned-report"));
        given().auth().oauth2(zwsj).contentType(ContentType.JSON)
                .body(report(Registry.currentPeriod(), "COMPLETED", "已全面实现秒批，清单见附件").replace("\"period\":\"" + Registry.currentPeriod() + "\",", ""))
                .put("/api/progress/reports/" + id).then().statusCode(200).body("status", equalTo("RETURNED"));
        step(zwsj, id, "submit", null).statusCode(200).body("status", equalTo("SUBMITTED"));
        assertEquals("IN_PROGRESS", officialStatus("1-09"));

        step(Tokens.supervisor(), id, "approve", null).statusCode(200).body("status", equalTo("APPROVED"))
                .body("history.action", equalTo(List.of("CREATED", "SUBMITTED", "RETURNED", "EDITED", "SUBMITTED", "APPROVED")))
                .body("history[2].note", equalTo("请补充秒批事项清单"));
        assertEquals("COMPLETED", officialStatus("1-09"));
        given().auth().oauth2(Tokens.supervisor()).get("/api/progress/measures/" + programme + "/1-09").then()
                .body("official.kpis[0].value", equalTo(189)).body("assessment.deadline", equalTo("COMPLETED"));

        List<String> types = outboxTypes(programme + "/1-09");
        assertEquals(List.of("reform.progress.measure.status-changed.v1", "reform.progress.report.submitted.v1",
                "reform.progress.report.returned.v1", "reform.progress.report.submitted.v1",
                "reform.progress.measure.status-changed.v1", "reform.progress.kpi.recorded.v1",
                "reform.progress.report.approved.v1"), types);
    }

    @Test
    void the_lead_unit_signs_off_after_the_cooperating_units_parts_which_do_not_set_the_status() {
        String part = post(Tokens.department("zrzy"), "1-09", report(Registry.currentPeriod(), "IN_PROGRESS", "数据接口已提供")
                .replace("\"supportNeeded\":[{\"dept\":\"zrzy\",\"request\":\"提供不动产数据接口\"}],", ""))
                .statusCode(201).body("kind", equalTo("CONTRIBUTION")).extract().path("id");
        step(Tokens.department("zrzy"), part, "submit", null).statusCode(200);
        // the tax bureau's own system reports through the same API with client credentials
        String taxSystem = Tokens.forClient("tax-bureau-system", "tax-bureau-system-demo-secret");
        String taxPart = post(taxSystem, "1-09", report(Registry.currentPeriod(), "IN_PROGRESS", "税务事项已接入")
                .replace("扩大秒批事项\"}", "扩大秒批事项\",\"submit\":true}").replace("\"supportNeeded\":[{\"dept\":\"zrzy\",\"request\":\"提供不动产数据接口\"}],", ""))
                .statusCode(201).body("status", equalTo("SUBMITTED")).body("dept", equalTo("swj")).extract().path("id");

        String consolidated = post(Tokens.department("zwsj"), "1-09", report(Registry.currentPeriod(), "IN_PROGRESS", "汇总"))
                .statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.department("zwsj")).get("/api/progress/measures/" + programme + "/1-09/reports?period="
                + Registry.currentPeriod()).then().statusCode(200).body("items.findAll { it.source == 'REPORTED' }", hasSize(3));
        step(Tokens.department("zwsj"), consolidated, "submit", null).statusCode(200)
                .body("consolidatedParts", containsInAnyOrder(part, taxPart));
        step(Tokens.supervisor(), part, "approve", null).statusCode(200);
        assertEquals("IN_PROGRESS", officialStatus("1-09"));

        // zrzy answers the support request addressed to it; zwsj cannot answer for it
        step(Tokens.department("zwsj"), consolidated, "support/1/answer", "{\"answer\":\"x\"}").statusCode(403);
        step(Tokens.department("zrzy"), consolidated, "support/1/answer", "{\"answer\":\"接口已开放\"}").statusCode(200)
                .body("supportNeeded[0].answer", equalTo("接口已开放"));
    }

    @Test
    void a_retried_post_with_the_same_idempotency_key_makes_one_report() {
        String body = report(Registry.currentPeriod(), "IN_PROGRESS", "进展");
        String key = UUID.randomUUID().toString();
        String first = given().auth().oauth2(Tokens.department("zwsj")).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post("/api/progress/measures/" + programme + "/1-09/reports").then().statusCode(201).extract().path("id");
        String again = given().auth().oauth2(Tokens.department("zwsj")).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post("/api/progress/measures/" + programme + "/1-09/reports").then().statusCode(201).extract().path("id");
        assertEquals(first, again);
        given().auth().oauth2(Tokens.department("zwsj")).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body.replace("进展", "另一内容")).post("/api/progress/measures/" + programme + "/1-09/reports")
                .then().statusCode(422).contentType("application/problem+json");
        given().auth().oauth2(Tokens.department("zwsj")).header("Idempotency-Key", "has space").contentType(ContentType.JSON)
                .body(body).post("/api/progress/measures/" + programme + "/1-09/reports").then().statusCode(400);
        given().auth().oauth2(Tokens.supervisor()).get("/api/progress/measures/" + programme + "/1-09/reports").then()
                .body("items.findAll { it.source == 'REPORTED' }", hasSize(1));
    }

    @Test
    void bad_reports_are_refused_with_a_problem_and_change_nothing() {
        String zwsj = Tokens.department("zwsj");
        String period = Registry.currentPeriod();
        post(zwsj, "1-09", report("2026-13", "IN_PROGRESS", "x")).statusCode(400).contentType("application/problem+json");
        post(zwsj, "1-09", report(Registry.periodMonthsAgo(-2), "IN_PROGRESS", "x")).statusCode(422)
                .body("type", equalTo("https://reformhub.org/problems/report-period"));
        post(zwsj, "1-09", report(Registry.periodMonthsAgo(12), "IN_PROGRESS", "x")).statusCode(422);
        post(zwsj, "1-10", report(period, "IN_PROGRESS", "x")).statusCode(422); // ongoing: quarterly periods
        post(zwsj, "1-09", report(period, "ONGOING", "x")).statusCode(422).body("errors[0].field", equalTo("claimedStatus"));
        post(zwsj, "1-09", report(period, "IN_PROGRESS", "x").replace("\"item\":2", "\"item\":3")).statusCode(422)
                .body("errors[0].field", equalTo("workItems"));
        post(zwsj, "1-09", report(period, "IN_PROGRESS", "x").replace("一次不用跑事项", "不存在的指标")).statusCode(422);
        post(zwsj, "1-09", report(period, "IN_PROGRESS", "x").replace("189", "1e200000")).statusCode(400);
        post(zwsj, "1-09", "{\"period\":").statusCode(400).contentType("application/problem+json");
        post(zwsj, "9-99", report(period, "IN_PROGRESS", "x")).statusCode(404);
        given().auth().oauth2(zwsj).get("/api/progress/measures/" + programme + "/1-09/reports").then()
                .body("items.findAll { it.source == 'REPORTED' }", hasSize(0));

        String id = post(zwsj, "1-09", report(period, "IN_PROGRESS", "x")).statusCode(201).extract().path("id");
        post(zwsj, "1-09", report(period, "IN_PROGRESS", "x")).statusCode(409)
                .body("type", equalTo("https://reformhub.org/problems/report-exists"));
        step(Tokens.supervisor(), id, "approve", null).statusCode(409); // a draft is not reviewed
        step(zwsj, id, "submit", null).statusCode(200);
        step(zwsj, id, "submit", null).statusCode(409);
        given().auth().oauth2(zwsj).contentType(ContentType.JSON)
                .body(report(period, "IN_PROGRESS", "y").replace("\"period\":\"" + period + "\",", ""))
                .put("/api/progress/reports/" + id).then().statusCode(409);
        given().auth().oauth2(zwsj).header("If-Match", "\"999\"").post("/api/progress/reports/" + id + "/submit")
                .then().statusCode(412);
        step(Tokens.supervisor(), id, "return", "{\"reason\":\"\"}").statusCode(400);
        step(Tokens.supervisor(), UUID.randomUUID().toString(), "approve", null).statusCode(404);
        given().auth().oauth2(zwsj).get("/api/progress/reports/not-a-uuid").then().statusCode(404);
        given().auth().oauth2(zwsj).get("/api/progress/reports/" + id).then().body("status", equalTo("SUBMITTED"))
                .body("reviewedAt", nullValue()).body("submittedAt", notNullValue());
    }

    @Test
    void evidence_is_checked_by_content_kept_on_disk_and_read_only_by_those_who_read_the_report() {
        String zwsj = Tokens.department("zwsj");
        String id = post(zwsj, "1-09", report(Registry.currentPeriod(), "IN_PROGRESS", "x")).statusCode(201).extract().path("id");
        byte[] pdf = org.reformhub.kernel.testing.SampleFiles.pdf();
        String attachment = given().auth().oauth2(zwsj).contentType("application/octet-stream").body(pdf)
                .queryParam("name", "../../秒批事项清单.exe").post("/api/progress/reports/" + id + "/attachments")
                .then().statusCode(201).body("fileName", equalTo("秒批事项清单.pdf")).body("mediaType", equalTo("application/pdf"))
                .extract().path("id");
        byte[] back = given().auth().oauth2(Tokens.department("zrzy")).get("/api/progress/reports/" + id + "/attachments/" + attachment)
                .then().statusCode(200).header("Content-Type", equalTo("application/pdf"))
                .header("X-Content-Type-Options", equalTo("nosniff")).extract().asByteArray();
        assertEquals(new String(pdf, java.nio.charset.StandardCharsets.US_ASCII), new String(back, java.nio.charset.StandardCharsets.US_ASCII));
        given().auth().oauth2(Tokens.forUser("enterprise-a")).get("/api/progress/reports/" + id + "/attachments/" + attachment)
                .then().statusCode(403);
        given().auth().oauth2(Tokens.supervisor()).get("/api/progress/reports/" + id + "/attachments").then().statusCode(200)
                .body("total", equalTo(1));

        // an executable or a web page named .pdf is refused; so are uploads by others and after submission
        given().auth().oauth2(zwsj).contentType("application/pdf").body("MZ\u0090 not a pdf".getBytes())
                .queryParam("name", "a.pdf").post("/api/progress/reports/" + id + "/attachments").then().statusCode(415)
                .contentType("application/problem+json");
        given().auth().oauth2(zwsj).contentType("application/pdf").body(pdf)
                .post("/api/progress/reports/" + id + "/attachments").then().statusCode(400);
        given().auth().oauth2(Tokens.department("zrzy")).contentType("application/pdf").body(pdf).queryParam("name", "a.pdf")
                .post("/api/progress/reports/" + id + "/attachments").then().statusCode(403);
        given().auth().oauth2(zwsj).contentType("application/pdf").body(new byte[10 * 1024 * 1024 + 10]).queryParam("name", "big.pdf")
                .post("/api/progress/reports/" + id + "/attachments").then().statusCode(413);
        step(zwsj, id, "submit", null).statusCode(200);
        given().auth().oauth2(zwsj).contentType("application/pdf").body(pdf).queryParam("name", "late.pdf")
                .post("/api/progress/reports/" + id + "/attachments").then().statusCode(409);
        given().auth().oauth2(zwsj).delete("/api/progress/reports/" + id + "/attachments/" + attachment).then().statusCode(409);
        given().auth().oauth2(zwsj).get("/api/progress/reports/" + id + "/attachments/" + UUID.randomUUID()).then().statusCode(404);
    }

    /** Who may do what: departments report on their own measures, supervisors review, enterprises nothing. */
    @Test
    void role_by_resource_matrix() {
        String period = Registry.currentPeriod();
        String zwsj = Tokens.department("zwsj");
        String stranger = Tokens.forClient("tax-bureau-system", "tax-bureau-system-demo-secret");
        String enterprise = Tokens.forUser("enterprise-a");
        String supervisor = Tokens.supervisor();
        String admin = Tokens.forUser("admin");

        // create: responsible departments only
        post(supervisor, "1-09", report(period, "IN_PROGRESS", "x")).statusCode(403);
        post(admin, "1-09", report(period, "IN_PROGRESS", "x")).statusCode(403);
        post(enterprise, "1-09", report(period, "IN_PROGRESS", "x")).statusCode(403);
        given().contentType(ContentType.JSON).body(report(period, "IN_PROGRESS", "x"))
                .post("/api/progress/measures/" + programme + "/1-09/reports").then().statusCode(401);
        String id = post(zwsj, "1-09", report(period, "IN_PROGRESS", "x")).statusCode(201).extract().path("id");

        // read: responsible departments (swj cooperates) and reviewers; enterprises never
        for (String reader : List.of(zwsj, stranger, supervisor, admin)) {
            given().auth().oauth2(reader).get("/api/progress/reports/" + id).then().statusCode(200);
        }
        given().auth().oauth2(enterprise).get("/api/progress/reports/" + id).then().statusCode(403);

        // edit and submit: the reporting unit only
        for (String other : List.of(stranger, supervisor, enterprise)) {
            step(other, id, "submit", null).statusCode(403);
        }
        step(zwsj, id, "submit", null).statusCode(200);
        // review: supervisors and admins only
        for (String other : List.of(zwsj, stranger, enterprise)) {
            step(other, id, "approve", null).statusCode(403);
            step(other, id, "return", "{\"reason\":\"r\"}").statusCode(403);
        }
        step(admin, id, "return", "{\"reason\":\"r\"}").statusCode(200);
        step(zwsj, id, "submit", null).statusCode(200);
        step(supervisor, id, "approve", null).statusCode(200);

        // a cooperating unit writes a contribution but never the consolidated report
        post(stranger, "1-09", report(period, "IN_PROGRESS", "x")).statusCode(201).body("kind", equalTo("CONTRIBUTION"));
        // lists: a department its own, supervisors any, enterprises none
        given().auth().oauth2(zwsj).queryParam("dept", "swj").get("/api/progress/reports").then().statusCode(403);
        given().auth().oauth2(zwsj).get("/api/progress/reports").then().statusCode(200);
        given().auth().oauth2(supervisor).queryParam("dept", "swj").get("/api/progress/reports").then().statusCode(200);
        given().auth().oauth2(enterprise).get("/api/progress/reports").then().statusCode(403);
        given().auth().oauth2(enterprise).get("/api/progress/programmes/" + programme + "/dashboard").then().statusCode(403);
        given().auth().oauth2(zwsj).get("/api/progress/programmes/" + programme + "/departments/zrzy/scorecard").then().statusCode(403);
        given().auth().oauth2(zwsj).get("/api/progress/programmes/" + programme + "/departments/zwsj/scorecard").then().statusCode(200);
        given().auth().oauth2(zwsj).contentType(ContentType.JSON)
                .body("{\"frequency\":\"MONTHLY\",\"ongoingFrequency\":\"MONTHLY\",\"dueDay\":25,\"firstMonth\":\"2026-01\"}")
                .put("/api/progress/schedules/" + programme).then().statusCode(403);
        given().auth().oauth2(zwsj).post("/api/progress/admin/daily-scan").then().statusCode(403);
        given().auth().oauth2(supervisor).post("/api/progress/admin/daily-scan").then().statusCode(403);
    }

    private List<String> outboxTypes(String key) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "select event_type from outbox_event where aggregate_id = :key order by seq", String.class)
                .setParameter("key", key).getResultList());
    }
}
