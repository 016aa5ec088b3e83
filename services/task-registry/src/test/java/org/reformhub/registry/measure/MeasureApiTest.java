package org.reformhub.registry.measure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.reformhub.kernel.testing.KafkaProbe;
import org.reformhub.kernel.testing.Tokens;
import org.reformhub.registry.tasktable.TableFiles;

/** The measure and department API over the imported seed: search, optimistic locking, history, archive, merge, roles. */
@QuarkusTest
class MeasureApiTest {

    static final String SEED = "yshj-2020";

    @BeforeEach
    void seedIsImported() throws Exception {
        given().auth().oauth2(Tokens.supervisor()).contentType("text/plain; charset=UTF-8").body(TableFiles.seedText())
                .queryParam("programme", SEED).queryParam("dryRun", false).post("/api/registry/imports").then().statusCode(200);
    }

    private static Response search(String query) {
        var request = given().auth().oauth2(Tokens.department("zwsj")).queryParam("programme", SEED);
        if (!query.contains("size=")) {
            request = request.queryParam("size", 200);
        }
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            request = request.queryParam(kv[0], kv[1]);
        }
        return request.get("/api/registry/measures");
    }

    @Test
    void filters_by_department_and_role() {
        search("dept=zwsj&role=lead").then().statusCode(200)
                .body("items.code", hasItems("1-01", "1-08", "1-09", "2-07", "2-08"))
                .body("items.code", not(hasItem("2-01")))
                .body("items.leadUnits.code.flatten()", hasItem("zwsj"));
        search("dept=zwsj&role=cooperating").then().body("items.code", equalTo(List.of("2-01")));
        search("dept=gdj").then().body("items.code", equalTo(List.of("1-03", "1-04")));
    }

    @Test
    void filters_by_list_domain_status_deadline_and_text() {
        search("list=REFERENCE&domain=获得信贷").then().body("items.code", equalTo(List.of("2-03", "2-04")));
        search("statedStatus=COMPLETED").then().body("items.code", hasItems("1-02", "1-05"))
                .body("items.statedStatus", everyItem(equalTo("COMPLETED")));
        search("deadlineBefore=2020-07-01&deadlineAfter=2020-01-01").then().body("items.code", hasItems("1-03", "1-07"))
                .body("items.deadline.date", everyItem(equalTo("2020-06-30")));
        search("q=秒批").then().body("items.code", hasItem("1-09"));
        search("q=100%_").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void pages_and_sorts() {
        given().auth().oauth2(Tokens.supervisor()).queryParam("programme", SEED).queryParam("list", "REPLICATE").queryParam("size", 4).queryParam("page", 1)
                .get("/api/registry/measures").then().statusCode(200)
                .body("items.code", equalTo(List.of("1-05", "1-06", "1-07", "1-08")))
                .body("total", greaterThanOrEqualTo(11));
        given().auth().oauth2(Tokens.supervisor()).queryParam("programme", SEED).queryParam("list", "REFERENCE").queryParam("sort", "-code")
                .queryParam("size", 2).queryParam("domain", "市场监管")
                .get("/api/registry/measures").then().body("items.code", equalTo(List.of("2-10", "2-09")));
    }

    @ParameterizedTest
    @CsvSource({"size=0", "size=201", "page=-1", "sort=color", "statedStatus=DONE", "role=boss", "deadlineBefore=tomorrow", "deadlineAfter=2020-13-45", "list=THIRD"})
    void bad_query_parameters_are_400_problems(String query) {
        search(query).then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void an_edit_needs_the_current_etag_and_is_recorded_field_by_field() {
        Response read = given().auth().oauth2(Tokens.supervisor()).get("/api/registry/measures/yshj-2020/2-04");
        String etag = read.then().statusCode(200).header("ETag", notNullValue()).extract().header("ETag");
        String remark = "正在推进。平台已上线 " + System.nanoTime();

        given().auth().oauth2(Tokens.supervisor()).contentType(ContentType.JSON).body("{\"remark\":\"x\"}")
                .patch("/api/registry/measures/yshj-2020/2-04").then().statusCode(428).contentType("application/problem+json");
        given().auth().oauth2(Tokens.supervisor()).contentType(ContentType.JSON).header("If-Match", "\"999999\"")
                .body("{\"remark\":\"x\"}").patch("/api/registry/measures/yshj-2020/2-04")
                .then().statusCode(412).contentType("application/problem+json");
        String newEtag = given().auth().oauth2(Tokens.supervisor()).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"remark\":\"" + remark + "\",\"cooperatingUnits\":[{\"code\":\"zwsj\"}]}")
                .patch("/api/registry/measures/yshj-2020/2-04")
                .then().statusCode(200).body("remark", equalTo(remark))
                .body("cooperatingUnits[0].name", equalTo("市政务服务数据管理局")).extract().header("ETag");
        assertTrue(!newEtag.equals(etag));
        // the old ETag is stale now: a second writer who read before gets 412 and changes nothing
        given().auth().oauth2(Tokens.supervisor()).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"remark\":\"lost update\"}").patch("/api/registry/measures/yshj-2020/2-04").then().statusCode(412);
        given().auth().oauth2(Tokens.supervisor()).get("/api/registry/measures/yshj-2020/2-04").then().body("remark", equalTo(remark));

        given().auth().oauth2(Tokens.department("zrzy")).get("/api/registry/measures/yshj-2020/2-04/history").then().statusCode(200)
                .body("entries[-1].changedBy", equalTo("supervisor"))
                .body("entries[-1].source", equalTo("API"))
                .body("entries[-1].changes.field", equalTo(List.of("cooperatingUnits", "remark")))
                .body("entries[-1].changes[1].to", equalTo(remark))
                .body("entries[0].source", equalTo("IMPORT"));

        var events = KafkaProbe.readUntil("reform.registry", Duration.ofSeconds(30),
                seen -> seen.stream().anyMatch(r -> r.value().contains(remark) && r.value().contains("measure.updated.v1")));
        assertTrue(events.stream().anyMatch(r -> "yshj-2020/2-04".equals(r.key()) && r.value().contains("\"changedFields\":[\"cooperatingUnits\",\"remark\"]")));
    }

    @Test
    void invalid_edits_are_problems_and_change_nothing() {
        String etag = given().auth().oauth2(Tokens.supervisor()).get("/api/registry/measures/yshj-2020/1-11").header("ETag");
        given().auth().oauth2(Tokens.supervisor()).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"leadUnits\":[{\"code\":\"no-such-dept\"}]}").patch("/api/registry/measures/yshj-2020/1-11")
                .then().statusCode(422).body("errors[0].field", equalTo("leadUnits[0]"));
        given().auth().oauth2(Tokens.supervisor()).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"leadUnits\":[]}").patch("/api/registry/measures/yshj-2020/1-11").then().statusCode(400);
        given().auth().oauth2(Tokens.supervisor()).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"title\":42,}").patch("/api/registry/measures/yshj-2020/1-11").then().statusCode(400);
        given().auth().oauth2(Tokens.supervisor()).get("/api/registry/measures/yshj-2020/1-11").then().header("ETag", equalTo(etag));
    }

    @Test
    void archiving_hides_a_measure_but_keeps_it_and_announces_it() {
        String code = MeasureResourceTest.newCode();
        String etag = given().auth().oauth2(Tokens.supervisor()).contentType(ContentType.JSON)
                .body(MeasureResourceTest.measureJson(code)).post("/api/registry/measures").then().statusCode(201)
                .extract().header("ETag");
        given().auth().oauth2(Tokens.supervisor()).header("If-Match", etag).delete(MeasureResourceTest.path(code))
                .then().statusCode(200).body("archived", equalTo(true));
        given().auth().oauth2(Tokens.supervisor()).queryParam("q", "证照主题联办").queryParam("size", 200)
                .get("/api/registry/measures").then().body("items.code", not(hasItem(code)));
        given().auth().oauth2(Tokens.supervisor()).get(MeasureResourceTest.path(code)).then().statusCode(200)
                .body("archived", equalTo(true));
        String newEtag = given().auth().oauth2(Tokens.supervisor()).get(MeasureResourceTest.path(code)).header("ETag");
        given().auth().oauth2(Tokens.supervisor()).contentType(ContentType.JSON).header("If-Match", newEtag)
                .body("{\"title\":\"x\"}").patch(MeasureResourceTest.path(code))
                .then().statusCode(409).body("type", equalTo("https://reformhub.org/problems/measure-archived"));
        var events = KafkaProbe.readUntil("reform.registry", Duration.ofSeconds(30),
                seen -> seen.stream().anyMatch(r -> MeasureResourceTest.key(code).equals(r.key()) && r.value().contains("measure.archived.v1")));
        assertTrue(events.stream().anyMatch(r -> MeasureResourceTest.key(code).equals(r.key()) && r.value().contains("measure.archived.v1")));
    }

    @Test
    void departments_are_registered_described_and_merged_with_their_measures() {
        String suffix = Long.toString(System.nanoTime() % 1_000_000);
        String dup = "dup-" + suffix;
        given().auth().oauth2(Tokens.supervisor()).contentType(ContentType.JSON)
                .body("{\"code\":\"" + dup + "\",\"name\":\"珠海市政数局" + suffix + "\",\"kind\":\"MUNICIPAL_DEPARTMENT\",\"email\":\"zs@example.org\"}")
                .post("/api/registry/departments").then().statusCode(201).body("needsReview", equalTo(false));
        given().auth().oauth2(Tokens.supervisor()).contentType(ContentType.JSON)
                .body("{\"code\":\"" + dup + "\",\"name\":\"another\",\"kind\":\"COURT\"}")
                .post("/api/registry/departments").then().statusCode(409);
        given().auth().oauth2(Tokens.supervisor()).contentType(ContentType.JSON)
                .body("{\"code\":\"Bad Code\",\"name\":\"x\",\"kind\":\"NOPE\"}")
                .post("/api/registry/departments").then().statusCode(400);
        given().auth().oauth2(Tokens.supervisor()).contentType(ContentType.JSON).body("{\"phone\":\"0756-1234567\"}")
                .patch("/api/registry/departments/" + dup).then().statusCode(200).body("phone", equalTo("0756-1234567"));

        String code = MeasureResourceTest.newCode();
        given().auth().oauth2(Tokens.supervisor()).contentType(ContentType.JSON)
                .body(MeasureResourceTest.measureJson(code).replace("\"code\":\"zwsj\"", "\"code\":\"" + dup + "\""))
                .post("/api/registry/measures").then().statusCode(201);

        given().auth().oauth2(Tokens.supervisor()).contentType(ContentType.JSON).body("{\"from\":\"" + dup + "\"}")
                .post("/api/registry/departments/zwsj/merge").then().statusCode(200)
                .body("aliases", hasItem("珠海市政数局" + suffix));
        given().auth().oauth2(Tokens.supervisor()).get(MeasureResourceTest.path(code)).then()
                .body("leadUnits.code", equalTo(List.of("zwsj")));
        given().auth().oauth2(Tokens.supervisor()).get("/api/registry/departments/" + dup).then().body("mergedInto", equalTo("zwsj"));
        var events = KafkaProbe.readUntil("reform.registry", Duration.ofSeconds(30),
                seen -> seen.stream().anyMatch(r -> r.value().contains("department.merged.v1") && r.value().contains(dup)));
        assertTrue(events.stream().anyMatch(r -> ("department:" + dup).equals(r.key())));
    }

    @ParameterizedTest(name = "{0} {1} as {2} -> {3}")
    @CsvSource({
            "GET, /api/registry/measures, supervisor, 200",
            "GET, /api/registry/measures, zwsj-officer, 200",
            "GET, /api/registry/measures, admin, 200",
            "GET, /api/registry/measures, enterprise-a, 403",
            "GET, /api/registry/measures, , 401",
            "GET, /api/registry/measures/yshj-2020/1-01, zrzy-officer, 200",
            "GET, /api/registry/measures/yshj-2020/1-01, enterprise-b, 403",
            "GET, /api/registry/measures/yshj-2020/1-01/history, zwsj-officer, 200",
            "GET, /api/registry/measures/yshj-2020/1-01/history, enterprise-a, 403",
            "GET, /api/registry/departments, zwsj-officer, 200",
            "GET, /api/registry/departments, enterprise-a, 403",
            "GET, /api/registry/exports/yshj-2020/registry.xlsx, zrzy-officer, 200",
            "GET, /api/registry/exports/yshj-2020/registry.xlsx, enterprise-a, 403",
            "PATCH, /api/registry/measures/yshj-2020/1-01, zwsj-officer, 403",
            "PATCH, /api/registry/measures/yshj-2020/1-01, enterprise-a, 403",
            "DELETE, /api/registry/measures/yshj-2020/1-01, zwsj-officer, 403",
            "POST, /api/registry/departments, zwsj-officer, 403",
            "PATCH, /api/registry/departments/zwsj, zwsj-officer, 403",
            "POST, /api/registry/departments/zwsj/merge, zrzy-officer, 403",
            "POST, /api/registry/measures, zrzy-officer, 403",
            "GET, /api/registry/programmes, zwsj-officer, 200",
            "GET, /api/registry/programmes/yshj-2020, zwsj-officer, 200",
            "GET, /api/registry/programmes, enterprise-a, 403",
            "POST, /api/registry/programmes, zwsj-officer, 403",
            "POST, /api/registry/programmes/yshj-2020/close, zwsj-officer, 403",
            "POST, /api/registry/programmes/yshj-2020/reopen, enterprise-a, 403",
            "PATCH, /api/registry/programmes/yshj-2020, zrzy-officer, 403",
            "GET, /api/registry/public/summary, , 200"})
    void authorization_matrix(String method, String path, String user, int status) {
        var request = given().contentType(ContentType.JSON).body("{}");
        if (user != null) {
            request = request.auth().oauth2(Tokens.forUser(user));
        }
        request.request(method, path).then().statusCode(status);
    }

    @Test
    void the_public_summary_counts_measures_in_force() {
        given().queryParam("programme", SEED).get("/api/registry/public/summary").then().statusCode(200)
                .body("programme", equalTo(SEED)).body("measures", equalTo(22))
                .body("byList.REFERENCE", equalTo(11)).body("byList.REPLICATE", equalTo(11))
                .body("title", equalTo("贯彻落实《我省形成在全省复制推广借鉴的优化营商环境改革举措清单》任务分工表"));
        // without a programme: the current (newest active) one
        assertEquals(200, given().get("/api/registry/public/summary").statusCode());
        given().queryParam("programme", "no-such-programme").get("/api/registry/public/summary").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
