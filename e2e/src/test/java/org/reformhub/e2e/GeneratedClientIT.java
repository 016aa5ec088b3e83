package org.reformhub.e2e;

import java.io.File;
import java.io.FileNotFoundException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.reformhub.client.appeals.api.AppealResourceApi;
import org.reformhub.client.appeals.model.AnswerRequest;
import org.reformhub.client.appeals.model.AppealResponse;
import org.reformhub.client.appeals.model.AppealStatus;
import org.reformhub.client.appeals.model.Outcome;
import org.reformhub.client.notifications.api.InboxResourceApi;
import org.reformhub.client.notifications.model.PageNotificationView;
import org.reformhub.client.progress.ApiException;
import org.reformhub.client.progress.ApiResponse;
import org.reformhub.client.progress.api.DashboardResourceApi;
import org.reformhub.client.progress.api.MeasureReportsResourceApi;
import org.reformhub.client.progress.api.ReportResourceApi;
import org.reformhub.client.progress.api.TaskTableExportResourceApi;
import org.reformhub.client.progress.api.TrackedMeasureResourceApi;
import org.reformhub.client.progress.model.AttachmentResponse;
import org.reformhub.client.progress.model.CreateReportRequest;
import org.reformhub.client.progress.model.MeasureStatus;
import org.reformhub.client.progress.model.PageObligation;
import org.reformhub.client.progress.model.PageTrackedMeasureResponse;
import org.reformhub.client.progress.model.Problem;
import org.reformhub.client.progress.model.ReportResponse;
import org.reformhub.client.progress.model.State;
import org.reformhub.client.progress.model.WorkItemRequest;
import org.reformhub.kernel.city.CityTime;
import org.reformhub.kernel.testing.RepositoryFiles;
import org.reformhub.kernel.testing.SampleFiles;
import org.reformhub.kernel.testing.Tokens;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A department's daily integration done the way its IT team would: with the Java clients OpenAPI Generator makes from
 * the committed documents (module clients, docs/api), nothing of our code, through the gateway, with a department
 * system's client-credentials token (国家税务总局珠海市税务局's system, swj) for its reads and an officer's token
 * (市政务服务数据管理局, zwsj) for its writes. Only the office's part (a programme imported, a case filed and routed) is
 * set up by hand.
 */
class GeneratedClientIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static String programme;

    private static org.reformhub.client.progress.ApiClient progress(String token) {
        var client = new org.reformhub.client.progress.ApiClient();
        client.updateBaseUri(Platform.GATEWAY);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    private static org.reformhub.client.notifications.ApiClient notifications(String token) {
        var client = new org.reformhub.client.notifications.ApiClient();
        client.updateBaseUri(Platform.GATEWAY);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    private static org.reformhub.client.appeals.ApiClient appeals(String token) {
        var client = new org.reformhub.client.appeals.ApiClient();
        client.updateBaseUri(Platform.GATEWAY);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    private static HttpRequest.BodyPublisher ofFile(File file) {
        try {
            return HttpRequest.BodyPublishers.ofFile(file.toPath());
        } catch (FileNotFoundException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String system() {
        return Tokens.forClient("tax-bureau-system", "tax-bureau-system-demo-secret");
    }

    @BeforeAll
    static void theOfficeImportedAProgrammeAndSetItsSchedule() throws IOException {
        programme = "client-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
        byte[] table = Files.readString(RepositoryFiles.find("deploy/seed/reform-task-table.txt")).getBytes(StandardCharsets.UTF_8);
        Platform.gatewayAs(Tokens.supervisor()).contentType("text/plain; charset=UTF-8").body(table)
                .queryParam("programme", programme).queryParam("dryRun", false).post("/api/registry/imports")
                .then().statusCode(200).body("created", equalTo(22));
        await().atMost(WAIT).until(() -> Platform.gatewayAs(Tokens.supervisor()).queryParam("programme", programme)
                .get("/api/progress/measures").then().extract().jsonPath().getInt("total") == 22);
        Platform.gatewayAs(Tokens.supervisor()).contentType(ContentType.JSON)
                .body("{\"frequency\":\"MONTHLY\",\"ongoingFrequency\":\"QUARTERLY\",\"dueDay\":31,\"firstMonth\":\""
                        + YearMonth.from(CityTime.today()).minusMonths(2) + "\"}")
                .put("/api/progress/schedules/" + programme).then().statusCode(200);
    }

    @Test
    void the_department_system_reads_its_measures_its_obligations_and_its_inbox() throws Exception {
        String token = system();
        PageTrackedMeasureResponse mine = new TrackedMeasureResourceApi(progress(token)).listTrackedMeasures(programme, "swj", 0, 500, null);
        assertFalse(mine.getItems().isEmpty());
        mine.getItems().forEach(m -> assertTrue(m.getLeadUnits().contains("swj") || m.getCooperatingUnits().contains("swj"),
                m.getCode() + " is not the tax bureau's"));

        PageObligation missing = new DashboardResourceApi(progress(token)).listMissingReports(programme, null, "swj", 0, 100, null);
        assertNotNull(missing.getTotal());
        missing.getItems().forEach(o -> assertEquals("swj", o.getDept()));

        PageNotificationView inbox = new InboxResourceApi(notifications(token))
                .listInbox(null, null, null, null, null, null, null, 0, 20, null);
        assertNotNull(inbox.getTotal());
    }

    @Test
    void an_officer_drafts_a_report_attaches_evidence_submits_it_with_its_etag_and_downloads_the_regenerated_table()
            throws Exception {
        var client = progress(Tokens.department("zwsj"));
        CreateReportRequest draft = new CreateReportRequest().period(YearMonth.from(CityTime.today()).toString())
                .claimedStatus(MeasureStatus.IN_PROGRESS).narrative("“证照联办”主题服务已上线试运行")
                .workItems(List.of(new WorkItemRequest().item(1).state(State.DONE),
                        new WorkItemRequest().item(2).state(State.IN_PROGRESS)))
                .submit(false);
        ApiResponse<ReportResponse> created = new MeasureReportsResourceApi(client)
                .createReportWithHttpInfo(programme, "1-01", draft, UUID.randomUUID().toString());
        assertEquals(201, created.getStatusCode());
        ReportResponse report = created.getData();
        assertEquals("DRAFT", report.getStatus());

        File evidence = File.createTempFile("证照联办清单", ".pdf");
        evidence.deleteOnExit();
        Files.write(evidence.toPath(), SampleFiles.pdf());
        ReportResourceApi reports = new ReportResourceApi(client);
        // the native library writes a File body as JSON (an OpenAPI Generator limitation for binary bodies): as
        // docs/integration.md tells departments, the upload's request gets the file's bytes from an interceptor
        var upload = progress(Tokens.department("zwsj"));
        upload.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + Tokens.department("zwsj"))
                .method("POST", ofFile(evidence)));
        AttachmentResponse attached = new ReportResourceApi(upload).attachToReport(report.getId(), "证照联办清单.pdf", evidence);
        assertEquals("application/pdf", attached.getMediaType());

        String etag = reports.getReportWithHttpInfo(report.getId()).getHeaders().get("etag").get(0);
        ReportResponse submitted = reports.submitReport(report.getId(), etag);
        assertEquals("SUBMITTED", submitted.getStatus());
        ApiException stale = assertThrows(ApiException.class, () -> reports.submitReport(report.getId(), etag));
        assertTrue(stale.getCode() == 409 || stale.getCode() == 412, "a second submission: " + stale.getCode());

        // every error is a typed Problem the client reads back
        ApiException unknown = assertThrows(ApiException.class, () -> reports.getReport(UUID.randomUUID()));
        Problem problem = client.getObjectMapper().readValue(unknown.getResponseBody(), Problem.class);
        assertEquals(404, problem.getStatus());
        assertTrue(problem.getType().toString().endsWith("/not-found"), problem.toString());

        File table = new TaskTableExportResourceApi(client).downloadTaskTableDocument(programme);
        byte[] docx = Files.readAllBytes(table.toPath());
        assertArrayEquals(new byte[] {'P', 'K'}, new byte[] {docx[0], docx[1]}, "a .docx (zip)");
    }

    @Test
    void an_officer_finds_the_case_assigned_to_the_unit_and_answers_it() throws Exception {
        String caseNumber = Platform.gatewayAs(Tokens.forUser("enterprise-a")).contentType(ContentType.JSON).body("""
                        {"enterpriseName":"横琴示例科技","contactPerson":"张三","phone":"0756-1234567","category":"approval",
                         "title":"政务服务事项网办","description":"电子证照调用失败","district":"横琴"}""")
                .post("/api/appeals/appeals").then().statusCode(201).extract().path("caseNumber");
        Platform.gatewayAs(Tokens.supervisor()).post("/api/appeals/appeals/" + caseNumber + "/accept").then().statusCode(200);
        Platform.gatewayAs(Tokens.supervisor()).contentType(ContentType.JSON).body("{\"leadUnit\":\"zwsj\"}")
                .post("/api/appeals/appeals/" + caseNumber + "/assign").then().statusCode(200);

        AppealResourceApi cases = new AppealResourceApi(appeals(Tokens.department("zwsj")));
        List<AppealResponse> awaiting = cases.listAppeals(null, null, null, "zwsj", caseNumber, true, null, null, null, null,
                null, 0, 20, null, null).getItems();
        assertTrue(awaiting.stream().anyMatch(a -> caseNumber.equals(a.getCaseNumber())), "found by its number");
        AppealResponse answered = cases.answerAppeal(caseNumber,
                new AnswerRequest().outcome(Outcome.RESOLVED).answer("已修复电子证照接口，企业可正常办理"));
        assertEquals(AppealStatus.ANSWERED, answered.getStatus());
        assertEquals(LocalDate.class, answered.getDueDate().getClass());
    }
}
