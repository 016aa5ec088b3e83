package org.reformhub.registry.programme;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.reformhub.kernel.testing.KafkaProbe;
import org.reformhub.kernel.testing.Tokens;
import org.reformhub.registry.tasktable.TableFiles;

/**
 * Several task-division tables side by side: a second table, numbered 1-01… like the seed, goes into a
 * programme of its own and touches nothing of the seed's; a closed programme is read-only.
 */
@QuarkusTest
class ProgrammeTest {

    private static final String SEED = "yshj-2020";

    private final String second = "city-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);

    @BeforeEach
    void seedIsImported() throws Exception {
        importInto(SEED, TableFiles.seedText(), false).then().statusCode(200);
    }

    private static Response importInto(String programme, String table, boolean dryRun) {
        return given().auth().oauth2(Tokens.supervisor()).contentType("text/plain; charset=UTF-8")
                .body(table.getBytes(StandardCharsets.UTF_8)).queryParam("programme", programme)
                .queryParam("dryRun", dryRun).post("/api/registry/imports");
    }

    private static Response measure(String programme, String code) {
        return given().auth().oauth2(Tokens.supervisor()).get("/api/registry/measures/" + programme + "/" + code);
    }

    private static int historySize(String programme, String code) {
        return given().auth().oauth2(Tokens.supervisor()).get("/api/registry/measures/" + programme + "/" + code + "/history")
                .then().statusCode(200).extract().path("entries.size()");
    }

    @Test
    void a_second_table_goes_into_a_new_programme_and_touches_nothing_of_the_first() throws Exception {
        int seedHistory = historySize(SEED, "1-01");
        String seedEtag = measure(SEED, "1-01").then().statusCode(200).extract().header("ETag");

        // the dry run says what would happen: a new programme titled by the table's heading, three new measures
        importInto(second, TableFiles.secondTableText(), true).then().statusCode(200)
                .body("programme.code", equalTo(second)).body("programme.action", equalTo("CREATE"))
                .body("programme.title", equalTo("2021年度深化营商环境改革重点举措任务分工表"))
                .body("created", equalTo(3)).body("updated", equalTo(0)).body("measures.action", everyItem(equalTo("CREATE")));
        given().auth().oauth2(Tokens.supervisor()).get("/api/registry/programmes/" + second).then().statusCode(404);

        importInto(second, TableFiles.secondTableText(), false).then().statusCode(200).body("created", equalTo(3));

        measure(second, "1-01").then().statusCode(200).body("programme", equalTo(second))
                .body("title", equalTo("企业开办“一网通办”")).body("leadUnits.code", equalTo(List.of("scjg")))
                .body("cooperatingUnits.code", equalTo(List.of("zwsj", "swj")))
                .body("workItems.size()", equalTo(2)).body("deadline.date", equalTo("2021-06-30"));
        measure(second, "1-02").then().statusCode(200).body("leadUnits.code", equalTo(List.of("zjj")))
                .body("cooperatingUnits.code", equalTo(List.of("zrzy")));
        measure(second, "2-01").then().statusCode(200).body("deadline.kind", equalTo("ONGOING"));
        // the seed's 1-01 is as it was: same version, no new history entry
        measure(SEED, "1-01").then().statusCode(200).body("title", equalTo("证照主题联办")).header("ETag", equalTo(seedEtag));
        assertEquals(seedHistory, historySize(SEED, "1-01"));

        // lists work across programmes and within one
        given().auth().oauth2(Tokens.supervisor()).queryParam("programme", second).get("/api/registry/measures").then()
                .statusCode(200).body("total", equalTo(3)).body("items.programme", everyItem(equalTo(second)));
        given().auth().oauth2(Tokens.supervisor()).queryParam("programme", SEED).get("/api/registry/measures").then()
                .body("total", equalTo(22));
        given().auth().oauth2(Tokens.supervisor()).queryParam("size", 200).get("/api/registry/measures").then()
                .body("items.programme", hasItem(second)).body("items.programme", hasItem(SEED));
        given().auth().oauth2(Tokens.department("zwsj")).get("/api/registry/programmes").then().statusCode(200)
                .body("items.code", hasItem(second)).body("items.code", hasItem(SEED));

        // importing the seed into its own programme again still changes nothing there
        importInto(SEED, TableFiles.seedText(), true).then().body("unchanged", equalTo(22)).body("programme.action", equalTo("EXISTING"));

        // the events carry the programme, in the body and in the key
        var records = KafkaProbe.readUntil("reform.registry", Duration.ofSeconds(30),
                seen -> seen.stream().anyMatch(r -> (second + "/2-01").equals(r.key())));
        assertTrue(records.stream().anyMatch(r -> (second + "/2-01").equals(r.key())
                && r.value().contains("\"programme\":\"" + second + "\"")));
        assertTrue(records.stream().anyMatch(r -> ("programme:" + second).equals(r.key())
                && r.value().contains("reform.registry.programme.created.v1")));
    }

    @Test
    void a_closed_programme_is_read_only_and_can_still_be_exported() throws Exception {
        importInto(second, TableFiles.secondTableText(), false).then().statusCode(200);
        String etag = measure(second, "1-01").then().extract().header("ETag");

        given().auth().oauth2(Tokens.supervisor()).post("/api/registry/programmes/" + second + "/close").then()
                .statusCode(200).body("status", equalTo("CLOSED"));
        given().auth().oauth2(Tokens.supervisor()).post("/api/registry/programmes/" + second + "/close").then()
                .statusCode(409).contentType("application/problem+json");

        given().auth().oauth2(Tokens.supervisor()).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"remark\":\"已完成\"}").patch("/api/registry/measures/" + second + "/1-01").then()
                .statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://reformhub.org/problems/programme-closed"));
        importInto(second, TableFiles.secondTableText(), false).then().statusCode(409)
                .body("type", equalTo("https://reformhub.org/problems/programme-closed"));
        given().auth().oauth2(Tokens.supervisor()).contentType(ContentType.JSON)
                .body("{\"programme\":\"" + second + "\",\"code\":\"3-01\",\"list\":\"REPLICATE\",\"domain\":\"x\",\"title\":\"x\","
                        + "\"leadUnits\":[{\"code\":\"zwsj\"}],\"deadline\":{\"kind\":\"ONGOING\"}}")
                .post("/api/registry/measures").then().statusCode(409);
        given().auth().oauth2(Tokens.supervisor()).contentType(ContentType.JSON).body("{\"title\":\"改名\"}")
                .patch("/api/registry/programmes/" + second).then().statusCode(409);
        measure(second, "1-01").then().header("ETag", equalTo(etag));

        byte[] workbook = given().auth().oauth2(Tokens.department("zwsj")).get("/api/registry/exports/" + second + "/registry.xlsx")
                .then().statusCode(200).extract().asByteArray();
        assertTrue(workbook.length > 1000);

        given().auth().oauth2(Tokens.supervisor()).post("/api/registry/programmes/" + second + "/reopen").then()
                .statusCode(200).body("status", equalTo("ACTIVE"));
        given().auth().oauth2(Tokens.supervisor()).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"remark\":\"已完成。\"}").patch("/api/registry/measures/" + second + "/1-01").then().statusCode(200);
    }

    @Test
    void programmes_are_created_described_and_validated() {
        String code = "manual-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
        given().auth().oauth2(Tokens.supervisor()).contentType(ContentType.JSON)
                .body("{\"code\":\"" + code + "\",\"title\":\"手工批次\",\"issuingBody\":\"市营商办\",\"issuedOn\":\"2026-03-01\"}")
                .post("/api/registry/programmes").then().statusCode(201).body("status", equalTo("ACTIVE"))
                .body("issuingBody", equalTo("市营商办"));
        given().auth().oauth2(Tokens.supervisor()).contentType(ContentType.JSON)
                .body("{\"code\":\"" + code + "\",\"title\":\"again\"}").post("/api/registry/programmes").then()
                .statusCode(409).body("type", equalTo("https://reformhub.org/problems/programme-exists"));
        given().auth().oauth2(Tokens.supervisor()).contentType(ContentType.JSON).body("{\"documentNumber\":\"珠营商办〔2026〕3号\"}")
                .patch("/api/registry/programmes/" + code).then().statusCode(200)
                .body("documentNumber", equalTo("珠营商办〔2026〕3号")).body("title", equalTo("手工批次"));
        given().auth().oauth2(Tokens.supervisor()).contentType(ContentType.JSON).body("{\"code\":\"Bad Code\",\"title\":\"\"}")
                .post("/api/registry/programmes").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("code")).body("errors.field", hasItem("title"));
        given().auth().oauth2(Tokens.supervisor()).get("/api/registry/programmes/nope-nope").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.supervisor()).get("/api/registry/measures/nope-nope/1-01").then().statusCode(404);
    }

    @Test
    void a_new_programme_from_a_table_without_heading_needs_a_title() {
        String table = String.join("\n", "一、在全省复制推广的改革举措（1项）", "\t（一）开办企业（1项）", "\t1", "\t证照联办",
                "\t做法", "\t市政务服务数据管理局", "\t1.推行联办。", "\t2020年12月", "\t");
        importInto("untitled-" + System.nanoTime() % 100000, table, false).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://reformhub.org/problems/programme-title-required"))
                .body("errors[0].field", equalTo("title"));
        assertEquals(404, given().auth().oauth2(Tokens.supervisor()).get("/api/registry/programmes/untitled-1").statusCode());
    }
}
