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
import org.junit.jupiter.api.Test;

import org.reformhub.kernel.testing.Tokens;

/**
 * An appeal routed to a unit reaches that unit's officers live, through the gateway: the inbox's Server-Sent
 * Events stream delivers the assignment; the enterprise finds the answer and its rating invitation in its inbox.
 */
class NotificationsIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void an_assignment_reaches_the_unit_live_and_the_answer_the_enterprise() throws Exception {
        String zrzy = Tokens.department("zrzy");
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
}
