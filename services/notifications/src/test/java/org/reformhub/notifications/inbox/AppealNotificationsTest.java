package org.reformhub.notifications.inbox;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
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
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import org.reformhub.kernel.testing.KafkaProbe;
import org.reformhub.kernel.testing.Tokens;
import org.reformhub.notifications.rule.domain.Channel;
import org.reformhub.notifications.template.application.Templates;
import org.reformhub.notifications.rule.domain.EventFacts;
import org.reformhub.notifications.rule.domain.Notice;
import org.reformhub.notifications.rule.domain.NotificationRules;

/**
 * Appeal and progress events from the real broker become notifications in the right inboxes, once even when
 * delivered twice; read marks, unread counts and the live stream (Server-Sent Events).
 */
@QuarkusTest
public class AppealNotificationsTest {

    private static final Duration WAIT = Duration.ofSeconds(45);

    @TestHTTPResource("/api/notifications/inbox/stream")
    URI stream;

    @Inject
    Templates templates;

    public static String appealEvent(String eventId, String action, String caseNumber, String leadUnit, String uscc) {
        return """
                {"specversion":"1.0","id":"%s","source":"/reformhub/enterprise-appeals","type":"reform.appeals.appeal.%s.v1",
                 "subject":"%s","time":"2026-11-27T08:00:00Z","datacontenttype":"application/json",
                 "data":{"appeal":{"id":"%s","caseNumber":"%s","uscc":"%s","enterpriseName":"横琴示例科技","category":"land",
                 "urgent":false,"title":"厂房用地手续","district":"横琴","channel":"ONLINE","status":"ASSIGNED","leadUnit":"%s",
                 "cooperatingUnits":[],"timeLimitDays":15,"filedAt":"2026-11-27T08:00:00Z","dueDate":"2026-12-18",
                 "outcome":"RESOLVED","version":3,"futureField":"ignored"},"action":"%s","actor":"supervisor","note":null}}"""
                .formatted(eventId, action.toLowerCase().replace('_', '-'), caseNumber, UUID.randomUUID(), caseNumber, uscc,
                        leadUnit, action);
    }

    private static List<Map<String, Object>> inbox(String token, String dept) {
        var request = given().auth().oauth2(token).queryParam("limit", 500);
        if (dept != null) {
            request = request.queryParam("dept", dept);
        }
        return request.get("/api/notifications/inbox").then().statusCode(200).extract().jsonPath().getList("items");
    }

    private static long about(List<Map<String, Object>> items, String eventId) {
        return items.stream().filter(n -> eventId.equals(n.get("sourceEventId"))).count();
    }

    @Test
    void an_assignment_reaches_the_unit_once_and_its_answer_the_enterprise() {
        String unit = "u" + UUID.randomUUID().toString().substring(0, 8);
        String caseNumber = "ZTC-202611-" + (10000 + (int) (Math.random() * 89999));
        String assigned = UUID.randomUUID().toString();
        String event = appealEvent(assigned, "ASSIGNED", caseNumber, unit, "91440400MA4UH1234T");
        String supervisor = Tokens.supervisor();
        KafkaProbe.send("reform.appeals", caseNumber, event);
        await().atMost(WAIT).until(() -> about(inbox(supervisor, unit), assigned) == 1);
        // delivered again, then a marker on the same key: once the marker is in, the duplicate was consumed
        KafkaProbe.send("reform.appeals", caseNumber, event);
        String answered = UUID.randomUUID().toString();
        KafkaProbe.send("reform.appeals", caseNumber, appealEvent(answered, "ANSWERED", caseNumber, unit, "91440400MA4UH1234T"));
        String enterprise = Tokens.forUser("enterprise-a");
        await().atMost(WAIT).until(() -> about(inbox(enterprise, null), answered) == 1);
        assertEquals(1, about(inbox(supervisor, unit), assigned));

        Map<String, Object> toUnit = inbox(supervisor, unit).get(0);
        assertEquals("交办诉求：" + caseNumber + " 厂房用地手续", toUnit.get("title"));
        assertEquals("appeal-assigned", toUnit.get("rule"));
        Map<String, Object> toEnterprise = inbox(enterprise, null).stream().filter(n -> answered.equals(n.get("sourceEventId")))
                .findFirst().orElseThrow();
        assertTrue(((String) toEnterprise.get("body")).contains("满意度评价"), (String) toEnterprise.get("body"));
        // another enterprise sees none of it
        assertEquals(0, about(inbox(Tokens.forUser("enterprise-b"), null), answered));
    }

    @Test
    void read_marks_and_unread_counts() {
        String unit = "r" + UUID.randomUUID().toString().substring(0, 8);
        String supervisor = Tokens.supervisor();
        for (String action : List.of("ASSIGNED", "SLA_WARNING", "OVERDUE")) {
            KafkaProbe.send("reform.appeals", "ZTC-202611-55555",
                    appealEvent(UUID.randomUUID().toString(), action, "ZTC-202611-55555", unit, "91440400MA4UH1234T"));
        }
        await().atMost(WAIT).until(() -> inbox(supervisor, unit).size() == 3);
        given().auth().oauth2(supervisor).queryParam("dept", unit).get("/api/notifications/inbox/unread-count").then()
                .statusCode(200).body("unread", equalTo(3));
        String first = (String) inbox(supervisor, unit).get(0).get("id");
        given().auth().oauth2(supervisor).queryParam("dept", unit).post("/api/notifications/inbox/" + first + "/read")
                .then().statusCode(200);
        given().auth().oauth2(supervisor).queryParam("dept", unit).queryParam("unread", true).get("/api/notifications/inbox")
                .then().statusCode(200).body("total", equalTo(2));
        // a notification of another inbox does not exist for the caller
        given().auth().oauth2(Tokens.department("zwsj")).post("/api/notifications/inbox/" + first + "/read").then().statusCode(404);
        given().auth().oauth2(supervisor).queryParam("dept", unit).post("/api/notifications/inbox/read-all").then()
                .statusCode(200).body("marked", equalTo(2));
        given().auth().oauth2(supervisor).queryParam("dept", unit).get("/api/notifications/inbox/unread-count").then()
                .body("unread", equalTo(0));
        given().auth().oauth2(supervisor).post("/api/notifications/inbox/not-a-uuid/read").then().statusCode(404);
    }

    @Test
    void the_live_stream_sends_what_arrives_after_it_opened() throws Exception {
        String token = Tokens.department("zwsj");
        HttpRequest request = HttpRequest.newBuilder(stream).header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream").GET().build();
        HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient().sendAsync(request,
                HttpResponse.BodyHandlers.ofInputStream()).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertEquals(200, response.statusCode());
        String eventId = UUID.randomUUID().toString();
        CompletableFuture<String> received = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith("data:") && line.contains(eventId)) {
                        return line;
                    }
                }
                return null;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Thread.sleep(1500); // the stream is open and past its first look
        KafkaProbe.send("reform.appeals", "ZTC-202611-77777",
                appealEvent(eventId, "ASSIGNED", "ZTC-202611-77777", "zwsj", "91440400MA4UH1234T"));
        String line = received.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertTrue(line.contains("appeal-assigned") && line.contains("DEPARTMENT:zwsj"), line);
        response.body().close();
    }

    @Test
    void every_rule_renders_its_template_with_what_the_rule_gives_it() {
        var measure = new EventFacts.Measure("p", "1-01", "举措", List.of(new EventFacts.Unit("zwsj", "市政数局")), List.of(), "持续推进");
        var report = new EventFacts.Report("p", "1-01", "zwsj", "CONSOLIDATED", "2026-11", "缺少材料");
        List<Notice> notices = new java.util.ArrayList<>();
        notices.addAll(NotificationRules.measureCreated(measure));
        notices.addAll(NotificationRules.measureOverdue(measure, 3));
        for (String step : List.of("submitted", "approved", "returned")) {
            notices.addAll(NotificationRules.report(step, report));
        }
        notices.addAll(NotificationRules.reportMissing(new EventFacts.MissingReport("p", "1-01", "zwsj", "2026-10", "2026-10-25", 5)));
        for (String action : List.of("FILED", "ASSIGNED", "SENT_BACK", "ANSWERED", "REJECTED", "REOPENED", "SLA_WARNING",
                "OVERDUE", "TIME_LIMIT_SET")) {
            notices.addAll(NotificationRules.appeal(new EventFacts.Appeal(action, "ZTC-202611-00001", "91440400MA4UH1234T",
                    "厂房用地", "ASSIGNED", "zrzy", List.of(), "2026-12-10", null, null)));
        }
        notices.addAll(NotificationRules.cityReportPublished(new EventFacts.CityReport("5b0e6f7e-8d3c-4b53-9a36-0f6c1c2b9a10", "MONTHLY", "2026-11", "月报")));
        // 16 rules for inboxes, 5 for the case's contact (received, routed, answered, rejected, reopened)
        assertEquals(21, notices.stream().map(Notice::rule).distinct().count());
        for (Notice notice : notices) {
            for (Channel channel : org.reformhub.notifications.template.domain.TemplateCatalogue.channelsOf(notice.rule())) {
                java.util.Map<String, Object> model = new java.util.HashMap<>(notice.model());
                model.put("link", notice.link());
                if (notice.rule().startsWith("contact-")) { // what delivery planning adds for the contact
                    model.put("person", "赵六");
                    model.put("unsubscribe", "http://127.0.0.1:8080/public/notifications/unsubscribe?token=x");
                }
                Templates.Rendered text = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                        .call(() -> templates.render(channel, notice.rule(), model));
                assertTrue(!text.title().isBlank() && !text.title().contains("{") && !text.body().contains("{"),
                        channel + "/" + notice.rule());
                assertTrue(channel == Channel.WEBHOOK || !text.body().isBlank(), channel + "/" + notice.rule());
            }
        }
    }
}
