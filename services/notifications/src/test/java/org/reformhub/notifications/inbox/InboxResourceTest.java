package org.reformhub.notifications.inbox;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import org.reformhub.kernel.testing.Tokens;

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
}
