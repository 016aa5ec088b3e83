package org.reformhub.appeals.appeal;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import org.reformhub.kernel.testing.KafkaProbe;
import org.reformhub.kernel.testing.Tokens;
import org.reformhub.kernel.city.CityTime;

/**
 * The channel beyond a single case, against the real database, broker and tokens: files of a case, 每月面对面
 * sessions and their minutes, reports to the city government, the year-end export, the Open311 view, and links
 * to reform measures learned from the registry's events.
 */
@QuarkusTest
public class SessionsReportsAndLinksTest {

    static final byte[] PDF = org.reformhub.kernel.testing.SampleFiles.pdf();

    @Inject
    EntityManager entityManager;

    public static String file(String district, String title, String description) {
        return given().auth().oauth2(Tokens.forUser("enterprise-a")).contentType(ContentType.JSON)
                .body("""
                        {"enterpriseName":"横琴示例科技","contactPerson":"张三","phone":"0756-1234567","category":"land",
                         "title":"%s","description":"%s","district":"%s"}""".formatted(title, description, district))
                .post("/api/appeals/appeals").then().statusCode(201).extract().path("caseNumber");
    }

    private static ValidatableResponse post(String token, String path, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/appeals" + path).then();
    }

    static LocalDate today() {
        return CityTime.today();
    }

    @Test
    void files_are_checked_by_content_and_read_only_by_those_who_read_the_case() {
        String caseNumber = file("横琴", "厂房用地手续", "需要补充材料");
        String enterprise = Tokens.forUser("enterprise-a");
        String id = given().auth().oauth2(enterprise).contentType("application/octet-stream").body(PDF)
                .queryParam("name", "../../营业执照.exe.pdf").post("/api/appeals/appeals/" + caseNumber + "/attachments")
                .then().statusCode(201).body("fileName", equalTo("营业执照.exe.pdf")).body("mediaType", equalTo("application/pdf"))
                .extract().path("id");
        byte[] back = given().auth().oauth2(Tokens.supervisor()).get("/api/appeals/appeals/" + caseNumber + "/attachments/" + id)
                .then().statusCode(200).header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", containsString("attachment")).extract().asByteArray();
        assertEquals(PDF.length, back.length);
        // another enterprise, and a unit the case was not assigned to, do not see the case at all
        given().auth().oauth2(Tokens.forUser("enterprise-b")).get("/api/appeals/appeals/" + caseNumber + "/attachments/" + id)
                .then().statusCode(404);
        given().auth().oauth2(Tokens.department("zwsj")).get("/api/appeals/appeals/" + caseNumber + "/attachments")
                .then().statusCode(404);
        // an executable called .pdf, an empty name, a file over 10 MB: refused, nothing stored
        given().auth().oauth2(enterprise).contentType("application/pdf").body("MZ\u0090 not a pdf".getBytes())
                .queryParam("name", "x.pdf").post("/api/appeals/appeals/" + caseNumber + "/attachments")
                .then().statusCode(415).contentType("application/problem+json");
        // a PNG's eight signature bytes followed by 1 MB of junk: read through by the image decoder, refused
        byte[] signatureAndJunk = java.util.Arrays.copyOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'},
                1024 * 1024);
        given().auth().oauth2(enterprise).contentType("image/png").body(signatureAndJunk).queryParam("name", "照片.png")
                .post("/api/appeals/appeals/" + caseNumber + "/attachments").then().statusCode(415)
                .contentType("application/problem+json");
        given().auth().oauth2(enterprise).contentType("application/pdf").body(PDF).queryParam("name", "///")
                .post("/api/appeals/appeals/" + caseNumber + "/attachments").then().statusCode(422);
        given().auth().oauth2(enterprise).contentType("application/pdf").body(new byte[10 * 1024 * 1024 + 10])
                .queryParam("name", "big.pdf").post("/api/appeals/appeals/" + caseNumber + "/attachments").then().statusCode(413);
        given().auth().oauth2(enterprise).get("/api/appeals/appeals/" + caseNumber + "/attachments").then().statusCode(200)
                .body("total", equalTo(1));
        // a rejected case takes no more files
        post(Tokens.supervisor(), "/appeals/" + caseNumber + "/reject", "{\"reason\":\"非涉企事项\"}").statusCode(200);
        given().auth().oauth2(enterprise).contentType("application/pdf").body(PDF).queryParam("name", "more.pdf")
                .post("/api/appeals/appeals/" + caseNumber + "/attachments").then().statusCode(409);
    }

    @Test
    void a_session_proposes_its_agenda_records_decisions_on_the_cases_and_exports_minutes() throws Exception {
        String district = org.reformhub.appeals.district.DistrictOfficesTest.newDistrict("斗门");
        String overdue = file(district, "厂房租金补贴未兑现", "申请已三个月");
        String open = file(district, "用地指标", "项目用地待落实");
        String unassigned = file(district, "仓库报建", "规划条件不明");
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("update appeal set due_date ="
                + " (now() at time zone 'Asia/Shanghai')::date - 3 where case_number = :c").setParameter("c", overdue).executeUpdate());
        String supervisor = Tokens.supervisor();
        post(supervisor, "/appeals/" + open + "/accept", "{}").statusCode(200);
        post(supervisor, "/appeals/" + open + "/assign", "{\"leadUnit\":\"zrzy\"}").statusCode(200);

        String session = post(supervisor, "/sessions", """
                {"heldOn":"%s","level":"%s","title":"%s企业直通车每月面对面","hosts":["区长 李四"],"units":["zrzy","fgj"]}"""
                .formatted(today(), district, district)).statusCode(201)
                .body("agenda.caseNumber", equalTo(List.of(overdue, open, unassigned)))
                .body("agenda[0].reason", equalTo("OVERDUE")).extract().path("id");
        // the list shows each session with its agenda (read in the transaction, not lazily after it)
        given().auth().oauth2(supervisor).get("/api/appeals/sessions").then().statusCode(200)
                .body("items.find { it.id == '" + session + "' }.agenda.size()", equalTo(3));
        // the agenda is editable: order changed, one case dropped; a closed or unknown case cannot be added
        given().auth().oauth2(supervisor).contentType(ContentType.JSON)
                .body("{\"cases\":[\"" + unassigned + "\",\"" + open + "\"]}").put("/api/appeals/sessions/" + session + "/agenda")
                .then().statusCode(200).body("agenda.caseNumber", equalTo(List.of(unassigned, open)));
        given().auth().oauth2(supervisor).contentType(ContentType.JSON).body("{\"cases\":[\"ZTC-209901-00001\"]}")
                .put("/api/appeals/sessions/" + session + "/agenda").then().statusCode(404);
        given().auth().oauth2(supervisor).contentType(ContentType.JSON)
                .body("{\"cases\":[\"" + unassigned + "\",\"" + open + "\",\"" + overdue + "\"]}")
                .put("/api/appeals/sessions/" + session + "/agenda").then().statusCode(200);

        // solved on the spot: the case is answered as resolved by the unit present
        post(supervisor, "/sessions/" + session + "/decisions", "{\"caseNumber\":\"" + open
                + "\",\"outcome\":\"SOLVED_ON_SPOT\",\"note\":\"现场协调落实用地指标\"}").statusCode(200);
        given().auth().oauth2(supervisor).get("/api/appeals/appeals/" + open).then().statusCode(200)
                .body("status", equalTo("ANSWERED")).body("outcome", equalTo("RESOLVED")).body("answer", equalTo("现场协调落实用地指标"))
                .body("history[-1].note", containsString("每月面对面现场解决"));
        // a time limit set for a case without a unit: the unit named takes it
        String due = today().plusDays(20).toString();
        post(supervisor, "/sessions/" + session + "/decisions", "{\"caseNumber\":\"" + unassigned
                + "\",\"outcome\":\"TIME_LIMIT_SET\"}").statusCode(422);
        post(supervisor, "/sessions/" + session + "/decisions", "{\"caseNumber\":\"" + unassigned
                + "\",\"outcome\":\"TIME_LIMIT_SET\",\"committedDate\":\"" + due + "\"}").statusCode(403);
        post(supervisor, "/sessions/" + session + "/decisions", "{\"caseNumber\":\"" + unassigned
                + "\",\"outcome\":\"TIME_LIMIT_SET\",\"unit\":\"zrzy\",\"committedDate\":\"" + due + "\"}").statusCode(200);
        given().auth().oauth2(Tokens.department("zrzy")).get("/api/appeals/appeals/" + unassigned).then().statusCode(200)
                .body("status", equalTo("ASSIGNED")).body("leadUnit", equalTo("zrzy")).body("dueDate", equalTo(due))
                .body("history[-1].action", equalTo("TIME_LIMIT_SET"));
        // decided once; a case not on the agenda; a department may not run sessions
        post(supervisor, "/sessions/" + session + "/decisions", "{\"caseNumber\":\"" + open
                + "\",\"outcome\":\"SOLVED_ON_SPOT\",\"note\":\"再次\"}").statusCode(422);
        post(supervisor, "/sessions/" + session + "/decisions", "{\"caseNumber\":\"ZTC-209901-00001\""
                + ",\"outcome\":\"SOLVED_ON_SPOT\",\"note\":\"x\"}").statusCode(422);
        post(Tokens.department("zrzy"), "/sessions/" + session + "/close", "{}").statusCode(403);

        post(supervisor, "/sessions/" + session + "/close", "{\"summary\":\"逾期诉求转市政府专题研究\"}").statusCode(200)
                .body("agenda.find { it.caseNumber == '" + overdue + "' }.outcome", equalTo("CARRIED_OVER"));
        post(supervisor, "/sessions/" + session + "/close", "{}").statusCode(409);
        post(supervisor, "/sessions/" + session + "/decisions", "{\"caseNumber\":\"" + overdue
                + "\",\"outcome\":\"SOLVED_ON_SPOT\",\"note\":\"x\"}").statusCode(409);

        byte[] minutes = given().auth().oauth2(supervisor).get("/api/appeals/sessions/" + session + "/minutes.docx")
                .then().statusCode(200).extract().asByteArray();
        try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(minutes)))) {
            String all = text.getText();
            assertTrue(all.contains("会议纪要") && all.contains(open) && all.contains("现场解决") && all.contains("明确办理时限")
                    && all.contains("转下次会议") && all.contains("区长 李四") && all.contains(due), all);
        }
        List<String> held = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select event_type from outbox_event where aggregate_id = :s", String.class).setParameter("s", session).getResultList());
        assertEquals(List.of("reform.appeals.session.held.v1"), held);
        given().auth().oauth2(supervisor).get("/api/appeals/sessions/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void monthly_and_special_reports_are_published_frozen_and_announced() throws Exception {
        String stuck = file("香洲", "土地证办理", "历史遗留问题");
        String supervisor = Tokens.supervisor();
        String month = YearMonth.now(CityTime.ZONE).toString();
        String monthly = post(supervisor, "/city-reports/monthly", "{\"month\":\"" + month + "\"}").statusCode(201)
                .body("kind", equalTo("MONTHLY")).body("caseNumbers", hasItem(stuck)).extract().path("id");
        byte[] document = given().auth().oauth2(supervisor).get("/api/appeals/city-reports/" + monthly + "/document")
                .then().statusCode(200).extract().asByteArray();
        try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(document)))) {
            assertTrue(text.getText().contains("月报") && text.getText().contains(stuck));
        }
        post(supervisor, "/city-reports/monthly", "{\"month\":\"" + YearMonth.now(CityTime.ZONE).plusMonths(1)
                + "\"}").statusCode(422);
        post(supervisor, "/city-reports/special", "{\"title\":\"关于历史遗留用地问题的专题报告\",\"summary\":\"三宗用地诉求需市政府协调\","
                + "\"cases\":[\"ZTC-209901-00001\"]}").statusCode(404);
        String special = post(supervisor, "/city-reports/special", "{\"title\":\"关于历史遗留用地问题的专题报告\","
                + "\"summary\":\"用地诉求需市政府协调\",\"cases\":[\"" + stuck + "\"]}").statusCode(201)
                .body("kind", equalTo("SPECIAL")).extract().path("id");
        given().auth().oauth2(supervisor).queryParam("kind", "SPECIAL").get("/api/appeals/city-reports").then().statusCode(200)
                .body("items.id", hasItem(special));
        given().auth().oauth2(Tokens.department("zrzy")).get("/api/appeals/city-reports/" + special).then().statusCode(403);
        List<String> published = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select event_type from outbox_event where aggregate_id in (:a, :b)", String.class)
                .setParameter("a", monthly).setParameter("b", special).getResultList());
        assertEquals(List.of("reform.appeals.report.published.v1", "reform.appeals.report.published.v1"), published);
    }

    @Test
    void the_assessment_exports_to_excel_for_the_year_end_review() throws Exception {
        byte[] workbook = given().auth().oauth2(Tokens.supervisor()).get("/api/appeals/assessment.xlsx").then().statusCode(200)
                .contentType(containsString("spreadsheetml")).extract().asByteArray();
        try (XSSFWorkbook xlsx = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            assertEquals("其中回访", xlsx.getSheetAt(0).getRow(1).getCell(9).getStringCellValue());
            assertEquals("综合得分", xlsx.getSheetAt(0).getRow(1).getCell(12).getStringCellValue());
        }
        given().auth().oauth2(Tokens.department("zwsj")).get("/api/appeals/assessment.xlsx").then().statusCode(403);
        given().auth().oauth2(Tokens.supervisor()).queryParam("from", "2026-13").get("/api/appeals/assessment.xlsx")
                .then().statusCode(400);
    }

    @Test
    void open311_shows_categories_and_public_case_status_without_the_enterprise() {
        String caseNumber = file("金湾", "用电报装", "横琴示例科技的报装申请");
        given().get("/api/appeals/public/open311/v2/services.json").then().statusCode(200)
                .body("service_code", hasItem("land")).body("find { it.service_code == 'land' }.service_name", equalTo("用地用房"));
        String body = given().get("/api/appeals/public/open311/v2/requests.json?service_code=land&status=open").then()
                .statusCode(200).body("service_request_id", hasItem(caseNumber)).extract().asString();
        assertTrue(!body.contains("横琴示例科技") && !body.contains("91440400MA4UH1234T") && !body.contains("张三"), body);
        given().get("/api/appeals/public/open311/v2/requests/" + caseNumber + ".json").then().statusCode(200)
                .body("[0].status", equalTo("open")).body("[0].address", equalTo("金湾"))
                .body(not(containsString("用电报装")));
        given().get("/api/appeals/public/open311/v2/requests/ZTC-209901-00001.json").then().statusCode(404);
        given().get("/api/appeals/public/open311/v2/requests.json?start_date=yesterday").then().statusCode(400)
                .contentType("application/problem+json");
        given().get("/api/appeals/public/open311/v2/requests.json?status=pending").then().statusCode(400);
    }

    @Test
    void appeals_are_linked_to_reform_measures_learned_from_the_registry() {
        String programme = "links-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
        // a token of this run in both texts: earlier runs' measures on the same broker never outrank this one
        String token = "批次" + programme.substring(6).toUpperCase();
        KafkaProbe.send("reform.registry", programme + "/1-05", measure(programme, "1-05", "推行不动产抵押登记网上办理",
                "抵押登记不再跑窗口" + token, "不动产登记与水电气联动过户"));
        KafkaProbe.send("reform.registry", programme + "/1-06", measure(programme, "1-06", "压缩企业开办时间",
                "企业开办一网通办", "印章刻制免费"));
        String supervisor = Tokens.supervisor();
        await().atMost(Duration.ofSeconds(45)).until(() -> given().auth().oauth2(supervisor).queryParam("programme", programme)
                .get("/api/appeals/measures").then().extract().jsonPath().getInt("total") == 2);

        String caseNumber = given().auth().oauth2(Tokens.forUser("enterprise-a")).contentType(ContentType.JSON).body("""
                {"enterpriseName":"横琴示例科技","contactPerson":"张三","phone":"0756-1234567","category":"land",
                 "title":"厂房抵押登记办理慢","description":"不动产抵押登记要跑三次窗口，希望网上办理TOKEN"}"""
                        .replace("TOKEN", token).replace("}", ",\"district\":\"横琴\"}"))
                .post("/api/appeals/appeals").then().statusCode(201)
                .body("suggestedMeasures.find { it.programme == '" + programme + "' }.code", equalTo("1-05"))
                .extract().path("caseNumber");
        given().auth().oauth2(supervisor).get("/api/appeals/appeals/" + caseNumber + "/suggested-measures").then().statusCode(200)
                .body("items.findAll { it.programme == '" + programme + "' }.code", equalTo(List.of("1-05")));
        given().auth().oauth2(supervisor).contentType(ContentType.JSON)
                .body("{\"measures\":[{\"programme\":\"" + programme + "\",\"code\":\"9-99\"}]}")
                .put("/api/appeals/appeals/" + caseNumber + "/measures").then().statusCode(422);
        given().auth().oauth2(Tokens.forUser("enterprise-a")).contentType(ContentType.JSON)
                .body("{\"measures\":[{\"programme\":\"" + programme + "\",\"code\":\"1-05\"}]}")
                .put("/api/appeals/appeals/" + caseNumber + "/measures").then().statusCode(403);
        given().auth().oauth2(supervisor).contentType(ContentType.JSON)
                .body("{\"measures\":[{\"programme\":\"" + programme + "\",\"code\":\"1-05\"}]}")
                .put("/api/appeals/appeals/" + caseNumber + "/measures").then().statusCode(200)
                .body("measures", equalTo(List.of(programme + "/1-05"))).body("history[-1].action", equalTo("TAGGED"));
        given().auth().oauth2(supervisor).get("/api/appeals/measure-figures/" + programme + "/1-05").then().statusCode(200)
                .body("figures.received", equalTo(1)).body("cases.caseNumber", equalTo(List.of(caseNumber)));
        given().auth().oauth2(supervisor).get("/api/appeals/measure-figures/" + programme + "/1-06").then().statusCode(200)
                .body("figures.received", equalTo(0));
    }

    public static String measure(String programme, String code, String title, String workItem1, String workItem2) {
        return """
                {"specversion":"1.0","id":"%s","source":"/reformhub/task-registry","type":"reform.registry.measure.created.v1",
                 "subject":"%s/%s","time":"2026-11-27T08:00:00Z","datacontenttype":"application/json",
                 "data":{"measure":{"programme":"%s","code":"%s","list":"REPLICATE","domain":"政务服务","title":"%s",
                 "practice":"","originPlaces":[],"leadUnits":[{"code":"zrzy","name":"市自然资源局"}],"cooperatingUnits":[],
                 "workItems":["%s","%s"],"deadline":{"kind":"ONGOING"},"deadlineText":null,"remark":"","statedStatus":"IN_PROGRESS",
                 "kpis":[],"archived":false,"createdAt":"2026-11-27T08:00:00Z","updatedAt":"2026-11-27T08:00:00Z","version":0},
                 "changedFields":[]}}""".formatted(UUID.randomUUID(), programme, code, programme, code, title, workItem1, workItem2);
    }
}
