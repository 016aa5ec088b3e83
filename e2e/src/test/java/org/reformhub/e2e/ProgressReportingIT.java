package org.reformhub.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import org.reformhub.kernel.testing.RepositoryFiles;
import org.reformhub.kernel.testing.Tokens;
import org.reformhub.kernel.city.CityTime;

/**
 * A department's report through the gateway with real tokens: submitted (retried with an Idempotency-Key),
 * returned, resubmitted, approved; the official status, the dashboard, the public summary and the
 * regenerated table follow, and the regenerated table imports back into the registry as the same measures.
 */
class ProgressReportingIT {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final Duration WAIT = Duration.ofSeconds(60);

    private static String seedTable() throws IOException {
        return Files.readString(RepositoryFiles.find("deploy/seed/reform-task-table.txt"));
    }

    private static String newProgramme(String prefix) {
        return prefix + "-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
    }

    private static void importInto(String programme, String contentType, byte[] table) {
        Platform.gatewayAs(Tokens.supervisor()).contentType(contentType).body(table).queryParam("programme", programme)
                .queryParam("dryRun", false).post("/api/registry/imports").then().statusCode(200).body("created", equalTo(22));
    }

    private static String official(String programme, String code) {
        return Platform.gatewayAs(Tokens.supervisor()).get("/api/progress/measures/" + programme + "/" + code)
                .then().statusCode(200).extract().path("official.status");
    }

    private static int completed(String programme) {
        return Platform.gatewayAs(Tokens.supervisor()).get("/api/progress/programmes/" + programme + "/dashboard")
                .then().statusCode(200).extract().path("total.byStatus.COMPLETED");
    }

    /** Each measure's responsible units and work items, as the registry holds them. */
    private static Map<String, List<Object>> registry(String programme) {
        List<Map<String, Object>> items = Platform.gatewayAs(Tokens.supervisor()).queryParam("programme", programme)
                .queryParam("size", 200).get("/api/registry/measures").then().statusCode(200).extract().path("items");
        return items.stream().collect(Collectors.toMap(m -> (String) m.get("code"), m -> List.of(m.get("title"),
                m.get("leadUnits"), m.get("cooperatingUnits"), m.get("workItems"), m.get("deadline"))));
    }

    @Test
    void a_report_goes_through_submit_return_resubmit_approve_and_the_status_dashboard_and_table_follow() throws IOException {
        String programme = newProgramme("progress");
        importInto(programme, "text/plain; charset=UTF-8", seedTable().getBytes(StandardCharsets.UTF_8));
        await().atMost(WAIT).until(() -> Platform.gatewayAs(Tokens.supervisor()).queryParam("programme", programme)
                .get("/api/progress/measures").then().extract().jsonPath().getInt("total") == 22);
        LocalDate today = CityTime.today();
        Platform.gatewayAs(Tokens.supervisor()).contentType(ContentType.JSON)
                .body("{\"frequency\":\"MONTHLY\",\"ongoingFrequency\":\"QUARTERLY\",\"dueDay\":31,\"firstMonth\":\""
                        + YearMonth.from(today).minusMonths(2) + "\"}")
                .put("/api/progress/schedules/" + programme).then().statusCode(200);
        await().atMost(WAIT).until(() -> official(programme, "1-01") != null);
        String before = official(programme, "1-01");
        int completedBefore = completed(programme);

        // 证照主题联办 is led by 市政务服务数据管理局 (zwsj); its officer reports, the retry is harmless
        String zwsj = Tokens.department("zwsj");
        String body = """
                {"period":"%s","claimedStatus":"COMPLETED","narrative":"“证照联办”主题服务已上线",
                 "workItems":[{"item":1,"state":"DONE"},{"item":2,"state":"DONE"}],"submit":true}""".formatted(YearMonth.from(today));
        String key = UUID.randomUUID().toString();
        String id = Platform.gatewayAs(zwsj).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/progress/measures/" + programme + "/1-01/reports").then().statusCode(201)
                .body("status", equalTo("SUBMITTED")).extract().path("id");
        Platform.gatewayAs(zwsj).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/progress/measures/" + programme + "/1-01/reports").then().statusCode(201).body("id", equalTo(id));
        Platform.gatewayAs(Tokens.forUser("enterprise-a")).contentType(ContentType.JSON).body(body)
                .post("/api/progress/measures/" + programme + "/1-01/reports").then().statusCode(403);

        Platform.gatewayAs(Tokens.supervisor()).contentType(ContentType.JSON).body("{\"reason\":\"请补充主题服务清单\"}")
                .post("/api/progress/reports/" + id + "/return").then().statusCode(200).body("status", equalTo("RETURNED"));
        assertEquals(before, official(programme, "1-01"));
        Platform.gatewayAs(zwsj).contentType(ContentType.JSON).body("""
                {"claimedStatus":"COMPLETED","narrative":"“证照联办”主题服务已上线，覆盖69个主题",
                 "workItems":[{"item":1,"state":"DONE"},{"item":2,"state":"DONE"}]}""")
                .put("/api/progress/reports/" + id).then().statusCode(200);
        Platform.gatewayAs(zwsj).post("/api/progress/reports/" + id + "/submit").then().statusCode(200);
        assertEquals(before, official(programme, "1-01"));
        Platform.gatewayAs(Tokens.supervisor()).post("/api/progress/reports/" + id + "/approve").then().statusCode(200)
                .body("history.action", equalTo(List.of("CREATED", "SUBMITTED", "RETURNED", "EDITED", "SUBMITTED", "APPROVED")));

        assertEquals("COMPLETED", official(programme, "1-01"));
        assertEquals(completedBefore + ("COMPLETED".equals(before) ? 0 : 1), completed(programme));
        Platform.gateway().queryParam("programme", programme).get("/public/progress/summary").then().statusCode(200)
                .body("measures", equalTo(22)).body("byStatus.COMPLETED", equalTo(completed(programme)));

        // the regenerated table says it, and imports back as the same measures, units and work items
        byte[] docx = Platform.gatewayAs(Tokens.supervisor()).get("/api/progress/exports/" + programme + "/task-table.docx")
                .then().statusCode(200).contentType(DOCX).extract().asByteArray();
        String copy = newProgramme("regenerated");
        importInto(copy, DOCX, docx);
        assertEquals(registry(programme), registry(copy));
        Platform.gatewayAs(Tokens.supervisor()).get("/api/registry/measures/" + copy + "/1-01").then()
                .body("remark", startsWith("已完成。“证照联办”主题服务已上线，覆盖69个主题")).body("statedStatus", equalTo("COMPLETED"));
        Platform.gatewayAs(Tokens.supervisor()).get("/api/registry/programmes/" + copy).then()
                .body("title", equalTo(Platform.gatewayAs(Tokens.supervisor()).get("/api/registry/programmes/" + programme)
                        .then().extract().path("title")));
        byte[] xlsx = Platform.gatewayAs(Tokens.supervisor()).get("/api/progress/exports/" + programme + "/task-table.xlsx")
                .then().statusCode(200).extract().asByteArray();
        String fromExcel = newProgramme("regenerated-xlsx");
        importInto(fromExcel, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx);
        assertEquals(registry(programme), registry(fromExcel));
    }
}
