package org.reformhub.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.reformhub.kernel.testing.Mailbox;
import org.reformhub.kernel.testing.Tokens;

/**
 * An appeal routed to a unit reaches that unit's officers live, through the gateway: the inbox's Server-Sent
 * Events stream delivers the assignment, and the unit's contact address (from the registry's catalogue) its
 * e-mail; the enterprise finds the answer and its rating invitation in its inbox. With the mail server stopped,
 * e-mails wait and retry; every one arrives, once, when it is back.
 */
class NotificationsIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    /**
     * The directory knows every department of the registry's catalogue, the first ones (from the registry's migration)
     * included: they are announced once when the registry starts, so a department's messages have a name and a place.
     */
    @Test
    void the_directory_knows_every_department_of_the_catalogue() {
        String supervisor = Tokens.supervisor();
        List<String> catalogue = Platform.gatewayAs(supervisor).get("/api/registry/departments").then().statusCode(200)
                .extract().jsonPath().getList("items.code");
        await().atMost(WAIT).until(() -> Platform.gatewayAs(supervisor).get("/api/notifications/departments").then()
                .statusCode(200).extract().jsonPath().<String>getList("code").containsAll(catalogue));
        Platform.gatewayAs(Tokens.department("zwsj")).get("/api/notifications/departments/zwsj/channels").then()
                .statusCode(200).body("name", org.hamcrest.Matchers.equalTo("市政务服务数据管理局"));
    }

    @Test
    void an_assignment_reaches_the_unit_live_and_by_e_mail_and_the_answer_the_enterprise() throws Exception {
        String zrzy = Tokens.department("zrzy");
        String address = Mail.freshAddressFor("zrzy", Tokens.supervisor());
        HttpResponse<java.io.InputStream> stream = HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(
                        URI.create(Platform.GATEWAY + "/api/notifications/inbox/stream"))
                .header("Authorization", "Bearer " + zrzy).header("Accept", "text/event-stream").GET().build(),
                HttpResponse.BodyHandlers.ofInputStream()).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertEquals(200, stream.statusCode());

        String enterprise = Tokens.forUser("enterprise-a");
        String caseNumber = Platform.gatewayAs(enterprise).contentType(ContentType.JSON).body("""
                {"enterpriseName":"横琴示例科技","contactPerson":"张三","phone":"0756-1234567","category":"land",
                 "title":"仓库消防验收","description":"验收排期太长","district":"横琴"}""")
                .post("/api/appeals/appeals").then().statusCode(201).extract().path("caseNumber");
        CompletableFuture<String> assigned = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith("data:") && line.contains(caseNumber) && line.contains("appeal-assigned")) {
                        return line;
                    }
                }
                return null;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        String supervisor = Tokens.supervisor();
        Platform.gatewayAs(supervisor).post("/api/appeals/appeals/" + caseNumber + "/accept").then().statusCode(200);
        Platform.gatewayAs(supervisor).contentType(ContentType.JSON).body("{\"leadUnit\":\"zrzy\"}")
                .post("/api/appeals/appeals/" + caseNumber + "/assign").then().statusCode(200);
        // the assignment arrives although the stream outlives the gateway's 10 s backend idle timeout (heartbeats)
        String line = assigned.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertTrue(line.contains("交办诉求：" + caseNumber), line);
        stream.body().close();
        // and the unit's contact address has the e-mail, once
        await().atMost(WAIT).until(() -> Mailbox.count(address, "交办诉求：" + caseNumber) == 1);

        Platform.gatewayAs(zrzy).contentType(ContentType.JSON).body("{\"outcome\":\"RESOLVED\",\"answer\":\"已安排验收\"}")
                .post("/api/appeals/appeals/" + caseNumber + "/answer").then().statusCode(200);
        await().atMost(WAIT).until(() -> Platform.gatewayAs(enterprise).queryParam("limit", 500)
                .get("/api/notifications/inbox").then().statusCode(200).extract().jsonPath()
                .<String>getList("items.title").contains("您的诉求已答复：" + caseNumber));
        // the office heard of the filing; another enterprise heard nothing
        await().atMost(WAIT).until(() -> Platform.gatewayAs(supervisor).queryParam("limit", 500)
                .get("/api/notifications/inbox").then().extract().jsonPath().<String>getList("items.title")
                .contains("新的企业诉求：" + caseNumber));
        List<String> other = Platform.gatewayAs(Tokens.forUser("enterprise-b")).queryParam("limit", 500)
                .get("/api/notifications/inbox").then().statusCode(200).extract().jsonPath().getList("items.title");
        assertTrue(other.stream().noneMatch(t -> t.contains(caseNumber)), other.toString());
    }

    @AfterEach
    void mailServerIsBack() throws Exception {
        if (Components.controllable()) {
            Components.run("start", "mail");
        }
    }

    @Test
    void e_mails_written_while_the_mail_server_is_down_all_arrive_once_when_it_is_back() throws Exception {
        Components.requireControl();
        String supervisor = Tokens.supervisor();
        String address = Mail.freshAddressFor("zwsj", supervisor);
        String enterprise = Tokens.forUser("enterprise-a");
        Components.run("stop", "mail");
        List<String> cases = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String caseNumber = Platform.gatewayAs(enterprise).contentType(ContentType.JSON).body("""
                    {"enterpriseName":"横琴示例科技","contactPerson":"张三","phone":"0756-1234567","category":"approval",
                     "title":"施工许可办理 %d","description":"材料要求不一致","district":"横琴"}""".formatted(i))
                    .post("/api/appeals/appeals").then().statusCode(201).extract().path("caseNumber");
            Platform.gatewayAs(supervisor).post("/api/appeals/appeals/" + caseNumber + "/accept").then().statusCode(200);
            Platform.gatewayAs(supervisor).contentType(ContentType.JSON).body("{\"leadUnit\":\"zwsj\"}")
                    .post("/api/appeals/appeals/" + caseNumber + "/assign").then().statusCode(200);
            cases.add(caseNumber);
        }
        // the e-mails are planned and failing: retried with backoff, nothing lost
        String admin = Tokens.forUser("admin");
        await().atMost(WAIT).until(() -> Platform.gatewayAs(admin).queryParam("recipient", "DEPARTMENT:zwsj")
                .queryParam("status", "RETRYING").get("/api/notifications/admin/deliveries").then().statusCode(200)
                .extract().jsonPath().<String>getList("items.subject").stream()
                .filter(s -> cases.stream().anyMatch(s::contains)).count() == cases.size());
        Components.run("start", "mail");
        for (String caseNumber : cases) {
            await().atMost(WAIT).until(() -> Mailbox.count(address, "交办诉求：" + caseNumber) == 1);
        }
        Thread.sleep(3000); // a second copy would have come with the first
        for (String caseNumber : cases) {
            assertEquals(1, Mailbox.count(address, "交办诉求：" + caseNumber), caseNumber);
        }
    }
}
