package org.reformhub.progress.dashboard;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.reformhub.kernel.testing.KafkaProbe;
import org.reformhub.kernel.testing.Tokens;
import org.reformhub.progress.testing.Registry;

/**
 * What supervisors and the public see once reports come in: the daily scan's 催报 and overdue announcements
 * (once, however often it runs), dashboards and scorecards, the public summary without narrative, the
 * official table regenerated as Word and Excel, and a read model rebuilt from the registry's events.
 */
@QuarkusTest
class ProgressViewsTest {

    private static final String TITLE = "贯彻落实《测试清单》任务分工表";

    @Inject
    EntityManager entityManager;

    private String programme;

    @BeforeEach
    void programmeWithAnApprovedReport() {
        programme = Registry.newProgramme("views");
        Registry.publishProgramme(programme, TITLE);
        Registry.publishMeasure(programme, "1-09", "“秒批”政务服务", Registry.dated(Registry.today().plusYears(1)));
        Registry.publishMeasure(programme, "1-10", "不动产登记", "{\"kind\":\"ONGOING\"}");
        Registry.publishMeasure(programme, "2-01", "信易贷", Registry.dated(Registry.today().minusDays(10)));
        Registry.awaitMeasures(programme, 3);
        await().atMost(Registry.WAIT).until(() -> given().auth().oauth2(Tokens.supervisor())
                .get("/api/progress/exports/" + programme + "/task-table.xlsx").statusCode() == 200);
        Registry.scheduleFromThreeMonthsAgo(programme);

        String id = given().auth().oauth2(Tokens.department("zwsj")).contentType(ContentType.JSON).body("""
                        {"period":"%s","claimedStatus":"COMPLETED","narrative":"已全面实现秒批",
                         "kpis":[{"name":"一次不用跑事项","value":189}],"submit":true}""".formatted(Registry.currentPeriod()))
                .post("/api/progress/measures/" + programme + "/1-09/reports").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.supervisor()).post("/api/progress/reports/" + id + "/approve").then().statusCode(200);
    }

    @Test
    void the_daily_scan_announces_missing_reports_and_overdue_measures_once() {
        given().auth().oauth2(Tokens.forUser("admin")).post("/api/progress/admin/daily-scan").then().statusCode(200)
                .body("ran", equalTo(true)).body("overdueAnnounced", greaterThan(0));
        int missing = given().auth().oauth2(Tokens.supervisor()).get("/api/progress/programmes/" + programme + "/missing-reports")
                .then().statusCode(200).extract().path("total");
        // three months × three units × two dated measures, plus the ongoing measure's quarters
        assertTrue(missing >= 18, "missing " + missing);
        given().auth().oauth2(Tokens.forUser("admin")).post("/api/progress/admin/daily-scan").then().statusCode(200);
        assertEquals(missing, count("reform.progress.report.missing.v1"));
        assertEquals(1, count("reform.progress.measure.overdue.v1"));

        given().auth().oauth2(Tokens.department("zrzy")).get("/api/progress/programmes/" + programme + "/missing-reports")
                .then().statusCode(200).body("items.dept", everyItem(equalTo("zrzy")));
        given().auth().oauth2(Tokens.department("zrzy")).queryParam("dept", "zwsj")
                .get("/api/progress/programmes/" + programme + "/missing-reports").then().statusCode(403);
    }

    @Test
    void dashboard_scorecards_and_the_public_summary() {
        given().auth().oauth2(Tokens.forUser("admin")).post("/api/progress/admin/daily-scan").then().statusCode(200);
        given().auth().oauth2(Tokens.supervisor()).get("/api/progress/programmes/" + programme + "/dashboard").then()
                .statusCode(200).body("total.measures", equalTo(3)).body("total.byStatus.COMPLETED", equalTo(1))
                .body("total.completedPercent", equalTo(33.3f)).body("overdue.code", equalTo(List.of("2-01")))
                .body("offTrack.code", hasItem("2-01")).body("offTrack[0].reasons.rule", hasItem("overdue"))
                .body("byList.REFERENCE.measures", equalTo(1)).body("byDomain.政务服务.measures", equalTo(3));
        given().auth().oauth2(Tokens.department("zwsj")).get("/api/progress/programmes/" + programme + "/departments/zwsj/scorecard")
                .then().statusCode(200).body("measuresLed", equalTo(3)).body("completedLed", equalTo(1))
                .body("completionRate", equalTo(33.3f)).body("overdueLed", equalTo(1))
                .body("reportsMissing", greaterThan(0)).body("trend.size()", greaterThan(2));
        given().auth().oauth2(Tokens.supervisor()).get("/api/progress/programmes/" + programme + "/departments").then()
                .statusCode(200).body("items.dept", hasItems("zwsj", "zrzy", "swj"));
        // the measure list filters on the server: status, lead unit, words, deadline state; ordered by code on request
        var measures = "/api/progress/programmes/" + programme + "/measures";
        given().auth().oauth2(Tokens.supervisor()).queryParam("status", "COMPLETED").get(measures).then().statusCode(200)
                .body("total", equalTo(1)).body("items.code", equalTo(List.of("1-09")));
        given().auth().oauth2(Tokens.supervisor()).queryParam("lead", "zwsj").queryParam("sort", "code").get(measures).then()
                .statusCode(200).body("total", equalTo(3)).body("items.code", equalTo(List.of("1-09", "1-10", "2-01")));
        given().auth().oauth2(Tokens.supervisor()).queryParam("lead", "swj").get(measures).then().body("total", equalTo(0));
        given().auth().oauth2(Tokens.supervisor()).queryParam("deadline", "OVERDUE").queryParam("domain", "政务服务")
                .get(measures).then().body("items.code", equalTo(List.of("2-01")));
        given().auth().oauth2(Tokens.supervisor()).queryParam("q", "1-0").get(measures).then().body("items.code", equalTo(List.of("1-09")));
        given().auth().oauth2(Tokens.supervisor()).queryParam("sort", "title").get(measures).then().statusCode(400);
        given().auth().oauth2(Tokens.supervisor()).queryParam("status", "DONE").get(measures).then().statusCode(400);
        given().auth().oauth2(Tokens.supervisor()).queryParam("health", "GREEN").get(measures).then().statusCode(400);
        given().auth().oauth2(Tokens.supervisor()).get("/api/progress/programmes/" + programme + "/trend").then()
                .statusCode(200).body("periods.size()", greaterThan(2));

        String summary = given().queryParam("programme", programme).get("/api/progress/public/summary").then().statusCode(200)
                .body("measures", equalTo(3)).body("byStatus.COMPLETED", equalTo(1)).body("overdue", equalTo(1))
                .body("title", equalTo(TITLE)).extract().asString();
        assertTrue(!summary.contains("秒批") && !summary.contains("narrative"), summary);
        // an ETag to revalidate with: unchanged figures are 304 without a body; a short public max-age
        String etag = given().queryParam("programme", programme).get("/api/progress/public/summary").then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=30")).extract().header("ETag");
        given().queryParam("programme", programme).header("If-None-Match", etag).get("/api/progress/public/summary")
                .then().statusCode(304).header("ETag", equalTo(etag));
        given().queryParam("programme", programme).header("If-None-Match", "\"stale\"").get("/api/progress/public/summary")
                .then().statusCode(200);
        // other preconditions mean nothing for a read of public figures
        given().queryParam("programme", programme).header("If-Match", "\"junk\"").get("/api/progress/public/summary")
                .then().statusCode(200);
        String measureTag = given().get("/api/progress/public/measures/" + programme + "/1-09").then().extract().header("ETag");
        given().header("If-None-Match", measureTag).get("/api/progress/public/measures/" + programme + "/1-09")
                .then().statusCode(304);
        given().get("/api/progress/public/measures/" + programme + "/1-09").then().statusCode(200)
                .body("status", equalTo("COMPLETED")).body("$", not(hasItem("narrative")))
                .body("leadUnits", equalTo(List.of("市政务服务数据管理局")));
        given().get("/api/progress/public/measures/" + programme + "/9-99").then().statusCode(404);
        given().get("/api/progress/programmes/" + programme + "/dashboard").then().statusCode(401);
    }

    /** The dashboard is cached per programme: a read after any change (patched, or after a scan recomputed) sees it. */
    @Test
    void a_dashboard_read_after_a_change_shows_it() {
        var dashboard = "/api/progress/programmes/" + programme + "/dashboard";
        given().auth().oauth2(Tokens.supervisor()).get(dashboard).then().body("total.byStatus.COMPLETED", equalTo(1));
        String id = given().auth().oauth2(Tokens.department("zwsj")).contentType(ContentType.JSON).body("""
                        {"period":"%s","claimedStatus":"COMPLETED","narrative":"信易贷平台上线","submit":true}"""
                        .formatted(Registry.currentPeriod()))
                .post("/api/progress/measures/" + programme + "/2-01/reports").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.supervisor()).get(dashboard).then().body("total.byStatus.COMPLETED", equalTo(1))
                .body("overdue.code", equalTo(List.of("2-01")));
        given().auth().oauth2(Tokens.supervisor()).post("/api/progress/reports/" + id + "/approve").then().statusCode(200);
        given().auth().oauth2(Tokens.supervisor()).get(dashboard).then().body("total.byStatus.COMPLETED", equalTo(2))
                .body("overdue", equalTo(List.of())).body("total.measures", equalTo(3));
        given().auth().oauth2(Tokens.forUser("admin")).post("/api/progress/admin/daily-scan").then().statusCode(200);
        given().auth().oauth2(Tokens.supervisor()).get(dashboard).then().body("total.byStatus.COMPLETED", equalTo(2))
                .body("total.byHealth.ON_TRACK", greaterThan(0));
    }

    @Test
    void the_official_table_is_regenerated_as_word_and_excel_with_todays_status() throws Exception {
        byte[] docx = given().auth().oauth2(Tokens.supervisor()).get("/api/progress/exports/" + programme + "/task-table.docx")
                .then().statusCode(200).header("Content-Disposition", containsString("attachment")).extract().asByteArray();
        List<String> lines = new ArrayList<>();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertEquals(TITLE, document.getParagraphs().get(0).getText());
            for (XWPFTableRow row : document.getTables().get(0).getRows()) {
                lines.add(String.join("|", row.getTableCells().stream().map(c -> String.join("\n",
                        c.getParagraphs().stream().map(XWPFParagraph::getText).toList())).toList()));
            }
            assertTrue(document.getParagraphs().get(document.getParagraphs().size() - 1).getText().startsWith("数据截至"));
        }
        assertEquals("序号|改革措施|主要做法|责任单位|工作措施|完成时限|备注", lines.get(0));
        assertEquals(List.of("一、在全省复制推广的改革举措（2项）", "（一）政务服务（2项）"), lines.subList(1, 3));
        assertEquals("9|“秒批”政务服务|推行“秒批”|市政务服务数据管理局牵头，市自然资源局、国家税务总局珠海市税务局配合|1.开设专区\n2.自动审批|"
                + Registry.today().plusYears(1).getYear() + "年" + Registry.today().getMonthValue() + "月"
                + Registry.today().getDayOfMonth() + "日|已完成。已全面实现秒批。一次不用跑事项由128项增加至189项。", lines.get(3));
        assertTrue(lines.get(4).endsWith("|正在推进。已开设专区。"), lines.get(4));
        assertEquals("二、供全省借鉴的改革举措（1项）", lines.get(5));

        byte[] xlsx = given().auth().oauth2(Tokens.supervisor()).get("/api/progress/exports/" + programme + "/task-table.xlsx")
                .then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            DataFormatter formatter = new DataFormatter();
            List<String> rows = new ArrayList<>();
            for (Row row : workbook.getSheetAt(0)) {
                rows.add(formatter.formatCellValue(row.getCell(0)) + "|" + formatter.formatCellValue(row.getCell(6)));
            }
            assertEquals(TITLE + "|", rows.get(0));
            assertTrue(rows.contains("9|已完成。已全面实现秒批。一次不用跑事项由128项增加至189项。"), rows.toString());
            assertTrue(rows.get(rows.size() - 1).startsWith("数据截至"), rows.toString());
        }
        given().auth().oauth2(Tokens.forUser("enterprise-a")).get("/api/progress/exports/" + programme + "/task-table.docx")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.supervisor()).get("/api/progress/exports/no-such-programme/task-table.docx")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void a_read_model_rebuilt_from_the_registry_events_ends_where_it_was() {
        String before = official("1-09");
        assertEquals("COMPLETED", before);
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "delete from tracked_measure where programme = :p").setParameter("p", programme).executeUpdate());
        // the replay: the registry's events again, as new deliveries into an empty read model
        KafkaProbe.send("reform.registry", programme + "/1-09", Registry.measureEvent(programme, "1-09", 0, "“秒批”政务服务",
                Registry.dated(Registry.today().plusYears(1)), "IN_PROGRESS", "正在推进。已开设专区。", false));
        Registry.awaitMeasures(programme, 1);
        assertEquals("COMPLETED", official("1-09"));
        long imported = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from progress_report where programme = :p and code = '1-09' and source = 'IMPORTED'")
                .setParameter("p", programme).getSingleResult()).longValue());
        assertEquals(1, imported);
    }

    private String official(String code) {
        return given().auth().oauth2(Tokens.supervisor()).get("/api/progress/measures/" + programme + "/" + code)
                .then().statusCode(200).extract().path("official.status");
    }

    private int count(String type) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select count(*) from outbox_event where event_type = :t and aggregate_id like :p")
                .setParameter("t", type).setParameter("p", programme + "/%").getSingleResult()).intValue());
    }
}
