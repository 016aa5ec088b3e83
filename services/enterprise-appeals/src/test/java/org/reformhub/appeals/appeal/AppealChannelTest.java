package org.reformhub.appeals.appeal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import org.reformhub.kernel.testing.Tokens;

/**
 * 企业直通车 against the real database and broker, with real tokens: filing, numbering, the whole workflow with a
 * reopening, who may read and do what, bad input, and the events of every step.
 */
@QuarkusTest
public class AppealChannelTest {

    static final String ENTERPRISE_A = "91440400MA4UH1234T";

    @Inject
    EntityManager entityManager;

    public static String filing(String extra) {
        return """
                {"enterpriseName":"横琴示例科技","contactPerson":"张三","phone":"0756-1234567","email":"a@example.com",
                 "category":"approval","title":"施工许可办理慢","description":"材料反复补正","district":"横琴"%s}""".formatted(extra);
    }

    private static ValidatableResponse post(String token, String path, String body) {
        var request = given().auth().oauth2(token);
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.post("/api/appeals/appeals" + path).then();
    }

    /** A queue's total is kept a few seconds (SearchTotals), but never past a step that changes it. */
    @Test
    void a_search_total_moves_with_the_step_that_changed_it() {
        String marker = "计数" + Long.toString(System.nanoTime(), 36);
        String first = SessionsReportsAndLinksTest.file("香洲", marker + " 一", "计数测试");
        SessionsReportsAndLinksTest.file("香洲", marker + " 二", "计数测试");
        java.util.function.IntSupplier submitted = () -> given().auth().oauth2(Tokens.supervisor()).queryParam("q", marker)
                .queryParam("status", "SUBMITTED").get("/api/appeals/appeals").then().statusCode(200).extract().path("total");
        assertEquals(2, submitted.getAsInt());
        post(Tokens.supervisor(), "/" + first + "/accept", null).statusCode(200);
        assertEquals(1, submitted.getAsInt(), "the accepted case left the count at once");
    }

    @Test
    void filed_routed_answered_rated_dissatisfied_reopened_answered_again_and_closed() {
        String enterprise = Tokens.forUser("enterprise-a");
        String caseNumber = post(enterprise, "", filing("")).statusCode(201)
                .body("caseNumber", matchesPattern("ZTC-\\d{6}-\\d{5}")).body("uscc", equalTo(ENTERPRISE_A))
                .body("channel", equalTo("ONLINE")).body("status", equalTo("SUBMITTED")).body("timeLimitDays", equalTo(10))
                .extract().path("caseNumber");
        String supervisor = Tokens.supervisor();
        post(supervisor, "/" + caseNumber + "/accept", null).statusCode(200).body("status", equalTo("ACCEPTED"));
        post(supervisor, "/" + caseNumber + "/assign", "{\"leadUnit\":\"zwsj\",\"cooperatingUnits\":[\"zrzy\"]}")
                .statusCode(200).body("leadUnit", equalTo("zwsj"));
        post(Tokens.department("zrzy"), "/" + caseNumber + "/answer", "{\"outcome\":\"RESOLVED\",\"answer\":\"x\"}").statusCode(403);
        post(Tokens.department("zwsj"), "/" + caseNumber + "/answer", "{\"outcome\":\"RESOLVED\",\"answer\":\"已加快办理\"}")
                .statusCode(200).body("status", equalTo("ANSWERED")).body("answeredOnTime", equalTo(true));
        post(enterprise, "/" + caseNumber + "/rate", "{\"rating\":\"DISSATISFIED\",\"comment\":\"仍未拿到许可\"}")
                .statusCode(200).body("status", equalTo("REOPENED")).body("reopenCount", equalTo(1));
        post(Tokens.department("zwsj"), "/" + caseNumber + "/answer", "{\"outcome\":\"RESOLVED\",\"answer\":\"许可已发放\"}")
                .statusCode(200);
        post(enterprise, "/" + caseNumber + "/rate", "{\"rating\":\"SATISFIED\"}").statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("history.action", equalTo(List.of("FILED", "ACCEPTED", "ASSIGNED", "ANSWERED", "RATED", "REOPENED",
                        "ANSWERED", "RATED", "CLOSED")));
        post(enterprise, "/" + caseNumber + "/rate", "{\"rating\":\"SATISFIED\"}").statusCode(409);

        List<String> types = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select event_type from outbox_event where aggregate_id = :c and event_type like 'reform.appeals.appeal.%'"
                        + " order by seq", String.class)
                .setParameter("c", caseNumber).getResultList());
        assertEquals(List.of("filed", "accepted", "assigned", "answered", "rated", "reopened", "answered", "rated", "closed"),
                types.stream().map(t -> t.replace("reform.appeals.appeal.", "").replace(".v1", "")).toList());
        // the contact travels once, in its own event for the notification service (ContactEventTest); never in a step
        List<String> steps = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select envelope from outbox_event where aggregate_id = :c and event_type like 'reform.appeals.appeal.%'",
                String.class).setParameter("c", caseNumber).getResultList());
        assertEquals(false, steps.stream().anyMatch(e -> e.contains("0756-1234567") || e.contains("张三")), "contact data in a step");
    }

    @Test
    void similar_open_cases_are_suggested_and_a_merged_duplicate_follows_the_original_answer() {
        String enterprise = Tokens.forUser("enterprise-a");
        String body = filing("").replace("施工许可办理慢", "厂房施工许可审批超时").replace("材料反复补正", "施工许可材料反复补正，审批超时");
        String original = post(enterprise, "", body).statusCode(201).extract().path("caseNumber");
        String duplicate = post(enterprise, "", body).statusCode(201)
                .body("similar.caseNumber", org.hamcrest.Matchers.hasItem(original)).extract().path("caseNumber");
        // another enterprise filing the same words is not shown enterprise-a's case
        post(Tokens.forUser("enterprise-b"), "", body.replace("横琴示例科技", "香洲示例制造")).statusCode(201)
                .body("similar.caseNumber", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(original)));
        String supervisor = Tokens.supervisor();
        given().auth().oauth2(supervisor).get("/api/appeals/appeals/" + duplicate + "/similar").then().statusCode(200)
                .body("items.caseNumber", org.hamcrest.Matchers.hasItem(original));
        post(supervisor, "/" + duplicate + "/merge", "{\"original\":\"" + duplicate + "\"}").statusCode(403);
        post(supervisor, "/" + duplicate + "/merge", "{\"original\":\"" + original + "\"}").statusCode(200)
                .body("status", equalTo("MERGED")).body("duplicateOf", equalTo(original));
        post(supervisor, "/" + duplicate + "/merge", "{\"original\":\"" + original + "\"}").statusCode(409);
        post(supervisor, "/" + original + "/accept", null).statusCode(200);
        post(supervisor, "/" + original + "/assign", "{\"leadUnit\":\"zwsj\"}").statusCode(200);
        post(Tokens.department("zwsj"), "/" + original + "/answer", "{\"outcome\":\"RESOLVED\",\"answer\":\"许可已发放\"}")
                .statusCode(200).body("duplicates", equalTo(List.of(duplicate)));
        given().auth().oauth2(enterprise).get("/api/appeals/appeals/" + duplicate).then().statusCode(200)
                .body("status", equalTo("ANSWERED")).body("answer", equalTo("许可已发放"));
        post(enterprise, "/" + duplicate + "/rate", "{\"rating\":\"SATISFIED\"}").statusCode(200).body("status", equalTo("CLOSED"));
    }

    @Test
    void who_may_read_and_do_what() {
        String caseNumber = post(Tokens.forUser("enterprise-a"), "", filing("")).statusCode(201).extract().path("caseNumber");
        // another enterprise guessing the case number: as if it did not exist
        given().auth().oauth2(Tokens.forUser("enterprise-b")).get("/api/appeals/appeals/" + caseNumber).then().statusCode(404);
        given().auth().oauth2(Tokens.department("zwsj")).get("/api/appeals/appeals/" + caseNumber).then().statusCode(404);
        given().auth().oauth2(Tokens.supervisor()).get("/api/appeals/appeals/" + caseNumber).then().statusCode(200)
                .body("phone", equalTo("0756-1234567"));
        post(Tokens.forUser("enterprise-a"), "/" + caseNumber + "/accept", null).statusCode(403);
        post(Tokens.department("zwsj"), "", filing("")).statusCode(403);
        post(Tokens.supervisor(), "/" + caseNumber + "/accept", null).statusCode(200);
        post(Tokens.supervisor(), "/" + caseNumber + "/assign", "{\"leadUnit\":\"zwsj\"}").statusCode(200);
        given().auth().oauth2(Tokens.department("zwsj")).get("/api/appeals/appeals/" + caseNumber).then().statusCode(200);
        given().auth().oauth2(Tokens.department("zwsj")).get("/api/appeals/appeals").then().statusCode(200);
        given().auth().oauth2(Tokens.forUser("enterprise-b")).get("/api/appeals/appeals").then().statusCode(200)
                .body("items.uscc.findAll { it != '91440400617881127C' }.size()", equalTo(0));
        given().get("/api/appeals/appeals").then().statusCode(401);
        // the unit sends it back; the office reassigns
        post(Tokens.department("zwsj"), "/" + caseNumber + "/send-back", "{\"reason\":\"不属本单位职责\"}").statusCode(200)
                .body("status", equalTo("SENT_BACK"));
        post(Tokens.supervisor(), "/" + caseNumber + "/assign", "{\"leadUnit\":\"zrzy\"}").statusCode(200);
        post(Tokens.department("zwsj"), "/" + caseNumber + "/answer", "{\"outcome\":\"RESOLVED\",\"answer\":\"x\"}").statusCode(404);
        post(Tokens.supervisor(), "/" + caseNumber + "/extend", "{\"dueDate\":\"2027-01-29\",\"reason\":\"需现场核查\"}")
                .statusCode(200).body("dueDate", equalTo("2027-01-29"));
    }

    @Test
    void a_filing_is_checked_without_being_filed() {
        String enterprise = Tokens.forUser("enterprise-a");
        long before = given().auth().oauth2(enterprise).get("/api/appeals/appeals?limit=1").then().extract().jsonPath().getLong("total");
        post(enterprise, "/check", filing("")).statusCode(200).body("categoryName", org.hamcrest.Matchers.notNullValue())
                .body("timeLimitDays", equalTo(10)).body("dueDate", matchesPattern("\\d{4}-\\d{2}-\\d{2}"));
        // the same refusals as filing: field errors, an unknown category
        post(enterprise, "/check", filing("").replace("0756-1234567", "打电话")).statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("phone"));
        post(enterprise, "/check", filing("").replace("\"approval\"", "\"no-such\"")).statusCode(422);
        post(Tokens.department("zwsj"), "/check", filing("")).statusCode(403);
        assertEquals(before, given().auth().oauth2(enterprise).get("/api/appeals/appeals?limit=1").then().extract().jsonPath()
                .getLong("total"), "nothing was filed");
    }

    @Test
    void queues_filter_page_and_count_on_the_server() {
        String enterprise = Tokens.forUser("enterprise-a");
        String marker = "检索" + UUID.randomUUID().toString().substring(0, 8);
        List<String> filed = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            filed.add(post(enterprise, "", filing("").replace("施工许可办理慢", marker + " 第" + i + "件").replace("横琴\"", "斗门\""))
                    .statusCode(201).extract().path("caseNumber"));
        }
        String supervisor = Tokens.supervisor();
        post(supervisor, "/" + filed.get(0) + "/accept", null).statusCode(200);
        post(supervisor, "/" + filed.get(0) + "/assign", "{\"leadUnit\":\"zwsj\"}").statusCode(200);
        // words, a page of two, and the total of every match
        given().auth().oauth2(supervisor).queryParam("q", marker).queryParam("limit", 2).queryParam("sort", "filedAt")
                .get("/api/appeals/appeals").then().statusCode(200).body("total", equalTo(3))
                .body("items.caseNumber", equalTo(filed.subList(0, 2)));
        given().auth().oauth2(supervisor).queryParam("q", marker).queryParam("limit", 2).queryParam("offset", 2)
                .queryParam("sort", "filedAt").get("/api/appeals/appeals").then().statusCode(200).body("total", equalTo(3))
                .body("items.caseNumber", equalTo(filed.subList(2, 3)));
        given().auth().oauth2(supervisor).queryParam("q", marker).queryParam("district", "斗门").queryParam("status", "ASSIGNED")
                .queryParam("unit", "zwsj").get("/api/appeals/appeals").then().statusCode(200)
                .body("items.caseNumber", equalTo(List.of(filed.get(0))));
        // a pattern character is a character, not a wildcard; nothing here is overdue yet
        given().auth().oauth2(supervisor).queryParam("q", "%").get("/api/appeals/appeals").then().statusCode(200)
                .body("items.caseNumber", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(filed.get(1))));
        given().auth().oauth2(supervisor).queryParam("q", marker).queryParam("overdue", true).get("/api/appeals/appeals")
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(supervisor).queryParam("q", marker).queryParam("awaiting", true).get("/api/appeals/appeals")
                .then().statusCode(200).body("total", equalTo(3));
        // a unit sees only what it handles, another enterprise nothing of these
        given().auth().oauth2(Tokens.department("zwsj")).queryParam("q", marker).get("/api/appeals/appeals").then()
                .statusCode(200).body("total", equalTo(1));
        given().auth().oauth2(Tokens.forUser("enterprise-b")).queryParam("q", marker).get("/api/appeals/appeals").then()
                .statusCode(200).body("total", equalTo(0));
        for (String bad : List.of("sort=title", "offset=-1", "limit=0", "unit=ZW%20SJ", "category=A;drop", "status=OPEN")) {
            given().auth().oauth2(supervisor).get("/api/appeals/appeals?" + bad).then().statusCode(400)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void bad_filings_are_refused_with_a_problem_and_file_nothing() {
        String staff = Tokens.supervisor();
        post(staff, "", filing(",\"uscc\":\"91440400MA4UH1234X\",\"channel\":\"HOTLINE_12345\"")).statusCode(422)
                .body("type", equalTo("https://reformhub.org/problems/invalid-uscc")).body("errors[0].field", equalTo("uscc"));
        post(staff, "", filing(",\"uscc\":\"91440400617881127C\"")).statusCode(403); // staff name the channel
        post(Tokens.forUser("enterprise-a"), "", filing(",\"uscc\":\"91440400617881127C\"")).statusCode(403);
        post(Tokens.forUser("enterprise-a"), "", filing("").replace("approval", "no-such")).statusCode(422);
        post(Tokens.forUser("enterprise-a"), "", filing("").replace("0756-1234567", "call me")).statusCode(400);
        post(Tokens.forUser("enterprise-a"), "", "{\"title\":").statusCode(400).contentType("application/problem+json");
        post(staff, "/ZTC-209901-99999/accept", null).statusCode(404);
        post(staff, "/not-a-case/accept", null).statusCode(400);
        post(staff, "", filing(",\"uscc\":\"91440400617881127C\",\"channel\":\"HOTLINE_12345\"")).statusCode(201)
                .body("channel", equalTo("HOTLINE_12345"));
    }

    @Test
    void case_numbers_have_no_gaps_with_concurrent_filings_and_a_retry_files_once() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        String token = Tokens.forUser("enterprise-a");
        List<CompletableFuture<String>> filings = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            filings.add(CompletableFuture.supplyAsync(() -> post(token, "", filing("")).statusCode(201)
                    .extract().<String>path("caseNumber"), pool));
        }
        List<Integer> numbers = new ArrayList<>();
        for (CompletableFuture<String> f : filings) {
            numbers.add(Integer.parseInt(f.get().substring(f.get().lastIndexOf('-') + 1)));
        }
        pool.shutdown();
        numbers.sort(Integer::compare);
        for (int i = 1; i < numbers.size(); i++) {
            assertEquals(numbers.get(i - 1) + 1, numbers.get(i), "case numbers " + numbers);
        }

        String key = UUID.randomUUID().toString();
        String first = given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON).body(filing(""))
                .post("/api/appeals/appeals").then().statusCode(201).extract().path("caseNumber");
        String again = given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON).body(filing(""))
                .post("/api/appeals/appeals").then().statusCode(201).extract().path("caseNumber");
        assertEquals(first, again);
    }

    @Test
    void the_calendar_counts_working_days_and_categories_are_public() {
        given().queryParam("from", "2026-09-30").queryParam("days", 5).get("/api/appeals/calendar/due-date").then()
                .statusCode(200).body("due", equalTo("2026-10-13"));
        given().get("/api/appeals/calendar/2026").then().statusCode(200).body("loaded", equalTo(true))
                .body("days.find { it.day == '2026-10-10' }.kind", equalTo("WORK"));
        given().queryParam("from", "2027-12-20").queryParam("days", 5).get("/api/appeals/calendar/due-date").then()
                .statusCode(422);
        given().get("/api/appeals/categories").then().statusCode(200).body("items.code", org.hamcrest.Matchers.hasItem("financing"));
        given().auth().oauth2(Tokens.forUser("admin")).contentType(ContentType.JSON)
                .body("{\"days\":[{\"day\":\"2027-01-01\",\"kind\":\"OFF\",\"holiday\":\"元旦\"}]}")
                .put("/api/appeals/admin/calendar/2027").then().statusCode(200).body("loaded", equalTo(true));
        given().auth().oauth2(Tokens.supervisor()).contentType(ContentType.JSON)
                .body("{\"days\":[]}").put("/api/appeals/admin/calendar/2028").then().statusCode(403);
        given().auth().oauth2(Tokens.forUser("admin")).contentType(ContentType.JSON)
                .body("{\"days\":[{\"day\":\"2026-01-01\",\"kind\":\"OFF\",\"holiday\":\"元旦\"}]}")
                .put("/api/appeals/admin/calendar/2027").then().statusCode(400);
        given().auth().oauth2(Tokens.forUser("admin")).contentType(ContentType.JSON)
                .body("{\"name\":\"融资信贷\",\"defaultUnit\":\"jrj\",\"timeLimitDays\":5,\"urgentTimeLimitDays\":10}")
                .put("/api/appeals/admin/categories/financing").then().statusCode(400);
    }
}
