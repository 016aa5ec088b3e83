package org.reformhub.registry.tasktable;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.reformhub.kernel.testing.KafkaProbe;
import org.reformhub.kernel.testing.Tokens;
import org.reformhub.registry.tasktable.api.ImportResource;

/** POST /imports against the real database and broker: dry run, idempotence, edits, formats, bad input. */
@QuarkusTest
class ImportResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static final String SEED = "yshj-2020";

    static Response importTable(String contentType, byte[] body, boolean dryRun) {
        return importInto(SEED, contentType, body, dryRun);
    }

    static Response importInto(String programme, String contentType, byte[] body, boolean dryRun) {
        return given().auth().oauth2(Tokens.supervisor()).contentType(contentType).body(body)
                .queryParam("programme", programme).queryParam("dryRun", dryRun).post("/api/registry/imports");
    }

    static Response importSeed(boolean dryRun) throws Exception {
        return importTable("text/plain; charset=UTF-8", TableFiles.seedText().getBytes(java.nio.charset.StandardCharsets.UTF_8), dryRun);
    }

    static int measureCount() {
        return given().auth().oauth2(Tokens.supervisor()).queryParam("includeArchived", true).queryParam("size", 1)
                .get("/api/registry/measures").then().statusCode(200).extract().path("total");
    }

    static int departmentCount() {
        return given().auth().oauth2(Tokens.supervisor()).get("/api/registry/departments").then().statusCode(200)
                .extract().path("total");
    }

    @Test
    void importing_the_seed_twice_changes_nothing_the_second_time() throws Exception {
        importSeed(false).then().statusCode(200);
        importSeed(false).then().statusCode(200)
                .body("dryRun", equalTo(false))
                .body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(22));
        given().auth().oauth2(Tokens.supervisor()).get("/api/registry/measures/yshj-2020/1-03").then().statusCode(200)
                .body("leadUnits[0].code", equalTo("zjj"))
                .body("cooperatingUnits.code", equalTo(List.of("zrzy", "gdj", "skjt")))
                .body("deadline.date", equalTo("2020-06-30"))
                .body("workItems.size()", equalTo(3));
        given().auth().oauth2(Tokens.supervisor()).get("/api/registry/measures/yshj-2020/1-06").then().statusCode(200)
                .body("statedStatus", equalTo("IN_PROGRESS"))
                // work item 1 states 全覆盖 (a coverage target); the remark's 由128项增加至189项 is a count target
                .body("kpis[0].unit", equalTo("%")).body("kpis[0].target", equalTo(100)).body("kpis[0].direction", equalTo("AT_LEAST"))
                .body("kpis.find { it.baseline == 128 }.target", equalTo(189))
                .body("kpis.find { it.baseline == 128 }.unit", equalTo("项"))
                .body("kpis.find { it.baseline == 128 }.direction", equalTo("AT_LEAST"));
    }

    @Test
    void a_dry_run_shows_the_measures_as_they_would_be_stored_and_changes_nothing() throws Exception {
        int measures = measureCount();
        int departments = departmentCount();
        String edited = TableFiles.seedText().replace("珠海税务局", "珠海市海洋农业和水务局");

        importTable("text/plain; charset=UTF-8", edited.getBytes(java.nio.charset.StandardCharsets.UTF_8), true)
                .then().statusCode(200)
                .body("dryRun", equalTo(true))
                .body("measures.size()", equalTo(22))
                .body("measures.code", hasItems("1-01", "2-11"))
                .body("warnings.kind", hasItem("UNKNOWN_UNIT"))
                .body("newDepartments.name", hasItem("珠海市海洋农业和水务局"));

        assertEquals(measures, measureCount());
        assertEquals(departments, departmentCount());
    }

    @Test
    void an_edited_table_updates_only_what_changed_with_history_and_an_event() throws Exception {
        importSeed(false).then().statusCode(200);
        String edited = TableFiles.seedText().replace("\t“秒批”政务服务\n", "\t“秒批”政务服务改革\n");

        importTable("text/plain; charset=UTF-8", edited.getBytes(java.nio.charset.StandardCharsets.UTF_8), false)
                .then().statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(1)).body("unchanged", equalTo(21))
                .body("measures.find { it.code == '1-09' }.changedFields", equalTo(List.of("title")));

        given().auth().oauth2(Tokens.supervisor()).get("/api/registry/measures/yshj-2020/1-09/history").then().statusCode(200)
                .body("entries[-1].source", equalTo("IMPORT"))
                .body("entries[-1].changedBy", equalTo("supervisor"))
                .body("entries[-1].changes[0].field", equalTo("title"))
                .body("entries[-1].changes[0].from", equalTo("“秒批”政务服务"))
                .body("entries[-1].changes[0].to", equalTo("“秒批”政务服务改革"));
        List<ConsumerRecord<String, String>> records = KafkaProbe.readUntil("reform.registry", Duration.ofSeconds(30),
                seen -> seen.stream().anyMatch(ImportResourceTest::isTitleUpdateOf109));
        assertTrue(records.stream().anyMatch(ImportResourceTest::isTitleUpdateOf109));

        importSeed(false).then().statusCode(200).body("updated", equalTo(1));
    }

    private static boolean isTitleUpdateOf109(ConsumerRecord<String, String> record) {
        try {
            JsonNode event = JSON.readTree(record.value());
            return "yshj-2020/1-09".equals(record.key()) && "reform.registry.measure.updated.v1".equals(event.path("type").asText())
                    && "“秒批”政务服务改革".equals(event.path("data").path("measure").path("title").asText())
                    && event.path("data").path("changedFields").toString().equals("[\"title\"]");
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void the_same_table_as_docx_and_xlsx_imports_to_the_same_result() throws Exception {
        String text = TableFiles.seedText();
        List<Map<String, Object>> fromText = importSeed(true).then().statusCode(200).extract().path("measures");
        List<Map<String, Object>> fromDocx = importTable(ImportResource.DOCX, TableFiles.docx(text), true)
                .then().statusCode(200).body("warnings.size()", equalTo(0)).extract().path("measures");
        List<Map<String, Object>> fromXlsx = importTable(ImportResource.XLSX, TableFiles.xlsx(text), true)
                .then().statusCode(200).body("warnings.size()", equalTo(0)).extract().path("measures");
        assertEquals(fromText, fromDocx);
        assertEquals(fromText, fromXlsx);
    }

    @Test
    void the_exported_workbook_imports_back_unchanged() throws Exception {
        importSeed(false).then().statusCode(200);
        byte[] workbook = given().auth().oauth2(Tokens.department("zwsj")).get("/api/registry/exports/yshj-2020/registry.xlsx")
                .then().statusCode(200).contentType(ImportResource.XLSX).extract().asByteArray();
        // other tests' measures are in the register too; the seed's 22 must come back exactly as they are
        importTable(ImportResource.XLSX, workbook, true).then().statusCode(200)
                .body("created", equalTo(0))
                .body("measures.findAll { it.code ==~ /[12]-\\d\\d/ }.size()", equalTo(22))
                .body("measures.findAll { it.code ==~ /[12]-\\d\\d/ && it.action != 'UNCHANGED' }.size()", equalTo(0));
    }

    @Test
    void unknown_units_become_departments_to_review() {
        String table = String.join("\n", "九、在全省复制推广的改革举措（1项）", "\t（一）获得用水用气（1项）",
                "\t1", "\t用水报装零跑动", "\t东莞市推行用水报装全程网办。", "\t市水务局牵头，市自然资源局配合",
                "\t1.推行网上报装。", "\t2021年6月底", "\t正在推进");
        String programme = "water-" + System.nanoTime() % 1_000_000;
        given().auth().oauth2(Tokens.supervisor()).contentType("text/plain; charset=UTF-8")
                .body(table.getBytes(java.nio.charset.StandardCharsets.UTF_8)).queryParam("programme", programme)
                .queryParam("title", "用水报装试点").queryParam("dryRun", false).post("/api/registry/imports")
                .then().statusCode(200).body("created", equalTo(1)).body("warnings[0].kind", equalTo("UNKNOWN_UNIT"))
                .body("programme.action", equalTo("CREATE")).body("programme.title", equalTo("用水报装试点"));
        String code = given().auth().oauth2(Tokens.supervisor()).get("/api/registry/measures/" + programme + "/9-01").then().statusCode(200)
                .body("cooperatingUnits[0].code", equalTo("zrzy")).extract().path("leadUnits[0].code");
        given().auth().oauth2(Tokens.supervisor()).queryParam("needsReview", true).get("/api/registry/departments")
                .then().statusCode(200).body("items.code", hasItem(code)).body("items.name", hasItem("市水务局"));
    }

    @Test
    void bad_input_is_a_4xx_problem_and_stores_nothing() throws Exception {
        int measures = measureCount();
        int departments = departmentCount();
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        String fiveCells = String.join("\n", "一、在全省复制推广的改革举措", "\t（一）开办企业", "\t1", "\t证照联办", "\t做法",
                "\t市政务服务数据管理局", "\t2020年12月");

        importTable("text/plain", new byte[0], false).then().statusCode(422).contentType("application/problem+json");
        importTable("text/plain", garbage, false).then().statusCode(422).contentType("application/problem+json");
        importTable(ImportResource.DOCX, garbage, false).then().statusCode(422).contentType("application/problem+json");
        importTable(ImportResource.XLSX, "not a workbook".getBytes(), false).then().statusCode(422);
        importTable("text/plain", fiveCells.getBytes(java.nio.charset.StandardCharsets.UTF_8), false)
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].message", org.hamcrest.Matchers.containsString("1-01"));
        importTable("text/plain", new byte[10 * 1024 * 1024], false).then().statusCode(413).contentType("application/problem+json");
        importTable("application/pdf", "%PDF-1.4".getBytes(), false).then().statusCode(415).contentType("application/problem+json");
        // larger than any real table: refused before it is read, in the one error shape (the outside tester's
        // 100,000 one-character lines kept the registry busy for twenty minutes)
        importTable("text/plain", "x\n".repeat(100_000).getBytes(java.nio.charset.StandardCharsets.UTF_8), true)
                .then().statusCode(413).contentType("application/problem+json").body("detail", containsString("30000"));
        importTable("text/plain", ("\t1\t" + "长".repeat(25_000)).getBytes(java.nio.charset.StandardCharsets.UTF_8), true)
                .then().statusCode(413).contentType("application/problem+json");
        importTable(ImportResource.XLSX, workbook(6_000, 7), true).then().statusCode(413).contentType("application/problem+json");
        importTable(ImportResource.XLSX, workbook(3, 200), true).then().statusCode(413).contentType("application/problem+json");
        // under the line limit, 29,000 one-line rows are still more rows than a table has; 4,000 are read (in linear
        // time) and found to hold no measure
        importTable("text/plain", "x\n".repeat(29_000).getBytes(java.nio.charset.StandardCharsets.UTF_8), true)
                .then().statusCode(413).contentType("application/problem+json");
        importTable("text/plain", "x\n".repeat(4_000).getBytes(java.nio.charset.StandardCharsets.UTF_8), true)
                .then().statusCode(422).contentType("application/problem+json");
        importInto("Not A Slug", "text/plain", TableFiles.seedText().getBytes(java.nio.charset.StandardCharsets.UTF_8), false)
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("programme"));
        given().auth().oauth2(Tokens.supervisor()).contentType("text/plain").body(TableFiles.seedText())
                .queryParam("dryRun", false).post("/api/registry/imports").then().statusCode(400)
                .body("errors[0].field", equalTo("programme"));

        assertEquals(measures, measureCount());
        assertEquals(departments, departmentCount());
    }

    @Test
    void only_supervisors_and_admins_import() throws Exception {
        given().auth().oauth2(Tokens.department("zwsj")).contentType("text/plain").body(TableFiles.seedText())
                .post("/api/registry/imports").then().statusCode(403);
        given().auth().oauth2(Tokens.forUser("enterprise-a")).contentType("text/plain").body(TableFiles.seedText())
                .post("/api/registry/imports").then().statusCode(403);
        given().contentType("text/plain").body(TableFiles.seedText()).post("/api/registry/imports").then().statusCode(401);
        given().auth().oauth2(Tokens.forUser("admin")).contentType("text/plain; charset=UTF-8").body(TableFiles.seedText())
                .queryParam("programme", SEED).queryParam("dryRun", true).post("/api/registry/imports").then().statusCode(200);
    }

    private static byte[] workbook(int rows, int cells) {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            var sheet = workbook.createSheet();
            for (int r = 0; r < rows; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < cells; c++) {
                    row.createCell(c).setCellValue(c == 0 ? String.valueOf(r + 1) : "x");
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
