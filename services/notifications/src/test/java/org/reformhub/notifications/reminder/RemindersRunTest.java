package org.reformhub.notifications.reminder;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

import org.reformhub.kernel.testing.KafkaProbe;
import org.reformhub.kernel.testing.Tokens;
import org.reformhub.notifications.testing.TestEvents;

/**
 * Reminders from the read model the events feed: a run on a chosen day gives what is due that day, once — running
 * it again (another instance, an operator) gives nothing new.
 */
@QuarkusTest
class RemindersRunTest {

    private static final Duration WAIT = Duration.ofSeconds(45);

    static List<Map<String, Object>> inbox(String token, String dept) {
        var request = given().auth().oauth2(token).queryParam("limit", 500);
        if (dept != null) {
            request = request.queryParam("dept", dept);
        }
        return request.get("/api/notifications/inbox").then().statusCode(200).extract().jsonPath().getList("items");
    }

    static long ofRule(List<Map<String, Object>> items, String rule) {
        return items.stream().filter(n -> rule.equals(n.get("rule"))).count();
    }

    static void run(LocalDate day) {
        given().auth().oauth2(Tokens.forUser("admin")).queryParam("date", day.toString())
                .post("/api/notifications/admin/reminders/run").then().statusCode(200).body("ran", equalTo(true));
    }

    @Test
    void a_measure_is_reminded_before_its_deadline_and_weekly_once_overdue_until_completed() {
        String unit = TestEvents.unit();
        String programme = "p" + UUID.randomUUID().toString().substring(0, 6);
        LocalDate deadline = LocalDate.parse("2027-03-31");
        KafkaProbe.send("reform.registry", programme + "/1-03",
                TestEvents.measureCreated(UUID.randomUUID().toString(), programme, "1-03", unit, deadline.toString()));
        String supervisor = Tokens.supervisor();
        await().atMost(WAIT).until(() -> ofRule(inbox(supervisor, unit), "measure-assigned") == 1);
        run(deadline.minusDays(7));
        run(deadline.minusDays(7));
        run(deadline.minusDays(6));
        assertEquals(1, ofRule(inbox(supervisor, unit), "measure-deadline"));
        run(deadline.minusDays(1));
        assertEquals(2, ofRule(inbox(supervisor, unit), "measure-deadline"));
        run(deadline.plusDays(7));
        run(deadline.plusDays(8));
        assertEquals(1, ofRule(inbox(supervisor, unit), "measure-overdue-reminder"));
        // completed (progress reporting's approved status): no more weekly reminders
        KafkaProbe.send("reform.progress", programme + "/1-03", """
                {"specversion":"1.0","id":"%s","source":"/reformhub/progress-reporting","type":"reform.progress.measure.status-changed.v1",
                 "subject":"%s/1-03","time":"2026-11-27T08:00:00Z","datacontenttype":"application/json",
                 "data":{"measure":{"programme":"%s","code":"1-03","title":"优化水电气外线报建流程","leadUnits":[{"code":"%s","name":"x"}],
                 "cooperatingUnits":[]},"previousStatus":"IN_PROGRESS","status":"COMPLETED","period":"2027-04"}}"""
                .formatted(UUID.randomUUID(), programme, programme, unit));
        String marker = TestEvents.caseNumber();
        KafkaProbe.send("reform.progress", programme + "/1-03", """
                {"specversion":"1.0","id":"%s","source":"/reformhub/progress-reporting","type":"reform.progress.report.approved.v1",
                 "subject":"%s/1-03","time":"2026-11-27T08:00:00Z","datacontenttype":"application/json",
                 "data":{"report":{"programme":"%s","code":"1-03","dept":"%s","kind":"CONSOLIDATED","period":"%s"}}}"""
                .formatted(UUID.randomUUID(), programme, programme, unit, "2027-04"));
        await().atMost(WAIT).until(() -> ofRule(inbox(supervisor, unit), "report-approved") == 1);
        run(deadline.plusDays(14));
        assertEquals(1, ofRule(inbox(supervisor, unit), "measure-overdue-reminder"), marker);
    }

    @Test
    void an_unanswered_case_is_reminded_daily_and_an_unrated_answer_once() {
        String unit = TestEvents.unit();
        String overdueCase = TestEvents.caseNumber();
        KafkaProbe.send("reform.appeals", overdueCase, TestEvents.appeal(UUID.randomUUID().toString(), "ASSIGNED", overdueCase,
                unit, "91440400MA4UH1234T", "ASSIGNED", "2026-11-20", null, 3));
        String answeredCase = TestEvents.caseNumber();
        String answeredAt = Instant.now().minus(4, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        KafkaProbe.send("reform.appeals", answeredCase, TestEvents.appeal(UUID.randomUUID().toString(), "ANSWERED", answeredCase,
                unit, "91440400617881127C", "ANSWERED", "2026-11-30", answeredAt, 5));
        String supervisor = Tokens.supervisor();
        String enterprise = Tokens.forUser("enterprise-b");
        await().atMost(WAIT).until(() -> inbox(enterprise, null).stream().anyMatch(n -> n.get("title").toString().contains(answeredCase)));
        await().atMost(WAIT).until(() -> ofRule(inbox(supervisor, unit), "appeal-assigned") == 1);
        run(LocalDate.parse("2026-11-21"));
        run(LocalDate.parse("2026-11-21"));
        run(LocalDate.parse("2026-11-22"));
        assertEquals(2, ofRule(inbox(supervisor, unit), "appeal-overdue-reminder"));
        assertEquals(1, inbox(enterprise, null).stream().filter(n -> "appeal-rating-reminder".equals(n.get("rule"))
                && n.get("title").toString().contains(answeredCase)).count());
        // an answer (a newer version of the case) ends the daily reminders
        KafkaProbe.send("reform.appeals", overdueCase, TestEvents.appeal(UUID.randomUUID().toString(), "ANSWERED", overdueCase,
                unit, "91440400MA4UH1234T", "ANSWERED", "2026-11-20", Instant.now().toString(), 4));
        await().atMost(WAIT).until(() -> inbox(Tokens.forUser("enterprise-a"), null).stream()
                .anyMatch(n -> "appeal-answered".equals(n.get("rule")) && n.get("title").toString().contains(overdueCase)));
        run(LocalDate.parse("2026-11-23"));
        assertEquals(2, ofRule(inbox(supervisor, unit), "appeal-overdue-reminder"));
    }

    @Test
    void the_run_needs_an_admin_and_a_date() {
        given().auth().oauth2(Tokens.supervisor()).queryParam("date", "2026-11-28").post("/api/notifications/admin/reminders/run")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.forUser("admin")).post("/api/notifications/admin/reminders/run").then().statusCode(400);
        given().auth().oauth2(Tokens.forUser("admin")).queryParam("date", "2026-13-01").post("/api/notifications/admin/reminders/run")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void a_report_falling_due_reminds_the_units_that_have_not_submitted_three_days_before() {
        String lead = TestEvents.unit();
        String cooperating = TestEvents.unit();
        String programme = "p" + UUID.randomUUID().toString().substring(0, 6);
        KafkaProbe.send("reform.registry", programme + "/2-01", TestEvents.measureCreated(UUID.randomUUID().toString(), programme,
                "2-01", lead, "2027-06-30").replace("\"cooperatingUnits\":[]",
                "\"cooperatingUnits\":[{\"code\":\"" + cooperating + "\",\"name\":\"配合单位\"}]"));
        LocalDate due = LocalDate.parse("2026-12-25");
        KafkaProbe.send("reform.progress", programme, """
                {"specversion":"1.0","id":"%s","source":"/reformhub/progress-reporting","type":"reform.progress.report.due.v1",
                 "subject":"%s","time":"2026-11-27T08:00:00Z","datacontenttype":"application/json",
                 "data":{"programme":"%s","period":"2026-12","measureKind":"DATED","dueDate":"%s","announcedOn":"2026-12-18"}}"""
                .formatted(UUID.randomUUID(), programme, programme, due));
        // the lead unit has submitted its report for the period
        KafkaProbe.send("reform.progress", programme + "/2-01", """
                {"specversion":"1.0","id":"%s","source":"/reformhub/progress-reporting","type":"reform.progress.report.submitted.v1",
                 "subject":"%s/2-01","time":"2026-11-27T08:00:00Z","datacontenttype":"application/json",
                 "data":{"report":{"programme":"%s","code":"2-01","dept":"%s","kind":"UNIT","period":"2026-12"}}}"""
                .formatted(UUID.randomUUID(), programme, programme, lead));
        String supervisor = Tokens.supervisor();
        await().atMost(WAIT).until(() -> ofRule(inbox(supervisor, cooperating), "measure-assigned") == 1);
        // markers on both keys: once they are in, the announcement and the submission were consumed
        for (String key : List.of(programme + "/2-01", programme)) {
            KafkaProbe.send("reform.progress", key, """
                    {"specversion":"1.0","id":"%s","source":"/reformhub/progress-reporting","type":"reform.progress.report.returned.v1",
                     "subject":"%s","time":"2026-11-27T08:00:00Z","datacontenttype":"application/json",
                     "data":{"report":{"programme":"%s","code":"2-01","dept":"%s","kind":"UNIT","period":"2026-11","returnReason":"x"}}}"""
                    .formatted(UUID.randomUUID(), key, programme, lead));
        }
        await().atMost(WAIT).until(() -> ofRule(inbox(supervisor, lead), "report-returned") == 2);
        run(due.minusDays(4));
        assertEquals(0, ofRule(inbox(supervisor, cooperating), "report-due"));
        run(due.minusDays(3));
        run(due.minusDays(2));
        assertEquals(1, ofRule(inbox(supervisor, cooperating), "report-due"));
        assertEquals(0, ofRule(inbox(supervisor, lead), "report-due"));
    }
}
