package org.reformhub.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import org.reformhub.kernel.testing.Mailbox;
import org.reformhub.kernel.testing.Tokens;

/**
 * 企业直通车 keeps the enterprise informed at the contact it gave, through the gateway with real tokens and the real
 * mail server: a case the office records from the 12345 hotline for an enterprise without an account reaches its
 * contact e-mail on receipt (case number, due date) and on routing; the unsubscribe link in the e-mail opens a page
 * through the gateway without login, asks, and stops every later message to that address.
 */
class EnterpriseContactsIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    /** A landline of its own each run: unsubscribing stops the phone too, for every case. */
    private static final String PHONE = "0756-" + (2_000_000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(7_000_000));
    private static final Pattern LINK = Pattern.compile("https?://[^\\s]+/public/notifications/unsubscribe\\?token=[A-Za-z0-9_-]{32}");

    private static io.restassured.response.ValidatableResponse record(String uscc, String email, String title) {
        return Platform.gatewayAs(Tokens.supervisor()).contentType(ContentType.JSON).body("""
                {"uscc":"%s","enterpriseName":"热线示例企业","contactPerson":"赵六","phone":"%s","email":"%s",
                 "category":"land","title":"%s","description":"园区停车位不足","district":"香洲","channel":"HOTLINE_12345"}"""
                .formatted(uscc, PHONE, email, title)).post("/api/appeals/appeals").then().statusCode(201);
    }

    @Test
    void a_hotline_case_for_an_enterprise_without_an_account_reaches_its_contact_until_it_unsubscribes() {
        String email = "hotline-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        var filed = record("91440400617881127C", email, "热线反映园区停车难").extract();
        String caseNumber = filed.path("caseNumber");
        String due = filed.path("dueDate");

        await().atMost(WAIT).until(() -> Mailbox.count(email, "您的诉求已登记：" + caseNumber) == 1);
        String receipt = String.join("\n", Mailbox.texts(email));
        assertTrue(receipt.contains("赵六您好") && receipt.contains(caseNumber) && receipt.contains(due), receipt);
        Platform.gatewayAs(Tokens.supervisor()).post("/api/appeals/appeals/" + caseNumber + "/accept").then().statusCode(200);
        Platform.gatewayAs(Tokens.supervisor()).contentType(ContentType.JSON).body("{\"leadUnit\":\"zrzy\"}")
                .post("/api/appeals/appeals/" + caseNumber + "/assign").then().statusCode(200);
        await().atMost(WAIT).until(() -> Mailbox.count(email, "您的诉求已交办：" + caseNumber) == 1);
        assertTrue(String.join("\n", Mailbox.texts(email)).contains("市自然资源局"), "the unit it went to");

        // the link works through the gateway without a login, shows the address half hidden, and asks first
        Matcher link = LINK.matcher(receipt);
        assertTrue(link.find(), receipt);
        String path = link.group().replaceFirst("https?://[^/]+", "");
        RestAssured.given().baseUri(Platform.GATEWAY).urlEncodingEnabled(false).get(path).then().statusCode(200)
                .contentType(containsString("text/html")).body(containsString("确认退订")).body(not(containsString(email)));
        assertEquals(2, Mailbox.count(email, caseNumber), "opening the page unsubscribes nobody");
        RestAssured.given().baseUri(Platform.GATEWAY).urlEncodingEnabled(false).contentType("application/x-www-form-urlencoded")
                .body("List-Unsubscribe=One-Click").post(path).then().statusCode(200).body(containsString("已退订"));

        // a second case of the same enterprise's account holder: its answer reaches the account's inbox (so the event
        // was read) and nothing reaches the unsubscribed address
        String second = record("91440400MA4UH1234T", email, "热线反映报建材料重复提交").extract().path("caseNumber");
        Platform.gatewayAs(Tokens.supervisor()).post("/api/appeals/appeals/" + second + "/accept").then().statusCode(200);
        Platform.gatewayAs(Tokens.supervisor()).contentType(ContentType.JSON).body("{\"leadUnit\":\"zrzy\"}")
                .post("/api/appeals/appeals/" + second + "/assign").then().statusCode(200);
        Platform.gatewayAs(Tokens.department("zrzy")).contentType(ContentType.JSON)
                .body("{\"outcome\":\"RESOLVED\",\"answer\":\"已办结\"}").post("/api/appeals/appeals/" + second + "/answer")
                .then().statusCode(200);
        await().atMost(WAIT).until(() -> Platform.gatewayAs(Tokens.forUser("enterprise-a")).queryParam("limit", 200)
                .get("/api/notifications/inbox").then().extract().jsonPath().getList("items.title", String.class)
                .contains("您的诉求已答复：" + second));
        List<String> subjects = Mailbox.messages(email).stream().map(Mailbox.Message::subject).toList();
        assertEquals(0, subjects.stream().filter(s -> s.contains(second)).count(), subjects.toString());
    }
}
