package org.reformhub.notifications.inbox;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import org.reformhub.kernel.testing.Tokens;
import org.reformhub.kernel.city.CityTime;

/** Ownership on the inbox: a department reads its own, never another's. */
@QuarkusTest
class InboxResourceTest {

    @Test
    void a_department_reads_its_own_inbox() {
        given().auth().oauth2(Tokens.department("zwsj")).get("/api/notifications/inbox").then().statusCode(200);
        given().auth().oauth2(Tokens.department("zwsj")).queryParam("dept", "zwsj")
                .get("/api/notifications/inbox").then().statusCode(200);
    }

    @Test
    void a_department_cannot_read_another_departments_inbox() {
        given().auth().oauth2(Tokens.department("zwsj")).queryParam("dept", "zrzy")
                .get("/api/notifications/inbox")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://reformhub.org/problems/forbidden"));
    }

    @Test
    void enterprises_read_their_own_inbox_only_and_limits_are_validated() {
        given().auth().oauth2(Tokens.forUser("enterprise-a")).get("/api/notifications/inbox").then().statusCode(200);
        given().auth().oauth2(Tokens.forUser("enterprise-a")).queryParam("dept", "zwsj").get("/api/notifications/inbox")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.supervisor()).queryParam("limit", 0).get("/api/notifications/inbox")
                .then().statusCode(400).body("errors[0].field", equalTo("limit"));
    }

    /** A unit's inbox searched and paged: words in the title or text, category, severity, arrival dates, page and total. */
    @Test
    void an_inbox_is_searched_and_paged_with_a_total() {
        String unit = org.reformhub.notifications.testing.TestEvents.unit();
        java.util.List<String> cases = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String caseNumber = org.reformhub.notifications.testing.TestEvents.caseNumber();
            cases.add(caseNumber);
            org.reformhub.kernel.testing.KafkaProbe.send("reform.appeals", caseNumber, org.reformhub.notifications.testing
                    .TestEvents.assigned(java.util.UUID.randomUUID().toString(), caseNumber, unit));
        }
        String overdue = cases.get(0);
        org.reformhub.kernel.testing.KafkaProbe.send("reform.appeals", overdue, org.reformhub.notifications.testing.TestEvents
                .appeal(java.util.UUID.randomUUID().toString(), "OVERDUE", overdue, unit, "91440400MA4UH1234T", "ASSIGNED",
                        "2026-11-20", null, 4));
        String supervisor = Tokens.supervisor();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(45)).until(() -> given().auth().oauth2(supervisor)
                .queryParam("dept", unit).queryParam("page", 0).queryParam("size", 2).get("/api/notifications/inbox")
                .then().extract().jsonPath().getInt("total") == 4);
        String today = CityTime.today().toString();
        given().auth().oauth2(supervisor).queryParam("dept", unit).queryParam("page", 1).queryParam("size", 3)
                .get("/api/notifications/inbox").then().statusCode(200)
                .body("total", equalTo(4)).body("page", equalTo(1)).body("size", equalTo(3)).body("items.size()", equalTo(1));
        given().auth().oauth2(supervisor).queryParam("dept", unit).queryParam("q", cases.get(1)).get("/api/notifications/inbox")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].title", org.hamcrest.Matchers.containsString(cases.get(1)));
        given().auth().oauth2(supervisor).queryParam("dept", unit).queryParam("severity", "CRITICAL").queryParam("category", "appeal")
                .queryParam("from", today).queryParam("to", today).get("/api/notifications/inbox").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].rule", equalTo("appeal-overdue"));
        given().auth().oauth2(supervisor).queryParam("dept", unit).queryParam("to", "2020-01-01").get("/api/notifications/inbox")
                .then().statusCode(200).body("total", equalTo(0));
        // words are words: a LIKE wildcard matches itself only
        given().auth().oauth2(supervisor).queryParam("dept", unit).queryParam("q", "%").get("/api/notifications/inbox")
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(supervisor).queryParam("dept", unit).queryParam("from", "2026-13-01").get("/api/notifications/inbox")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("from"));
        given().auth().oauth2(supervisor).queryParam("dept", unit).queryParam("category", "secrets").get("/api/notifications/inbox")
                .then().statusCode(400).body("errors[0].field", equalTo("category"));
    }
}
