package org.reformhub.notifications.contact;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.reformhub.kernel.testing.KafkaProbe;
import org.reformhub.kernel.testing.Mailbox;
import org.reformhub.kernel.testing.Tokens;
import org.reformhub.notifications.testing.TestEvents;
import org.reformhub.notifications.testing.WebhookReceiver;

/**
 * 企业直通车 keeps the enterprise informed through the contact it gave for the case, account or not: e-mail through
 * the real mail server and SMS through the SMS gateway (a real HTTP receiver on the port the test profile names,
 * checking signatures), each with an unsubscribe link whose page asks first, stops every later message to that
 * address, and can be undone.
 */
@QuarkusTest
class EnterpriseContactsTest {

    private static final Duration WAIT = Duration.ofSeconds(45);
    private static final Pattern LINK = Pattern.compile("/public/notifications/unsubscribe\\?token=([A-Za-z0-9_-]{32})");

    static WebhookReceiver smsGateway;

    @BeforeAll
    static void gateway() throws Exception {
        smsGateway = new WebhookReceiver("test-only-sms-gateway-secret", 18399);
    }

    @AfterAll
    static void stop() {
        smsGateway.close();
    }

    static List<Map<String, Object>> deliveries(String caseNumber) {
        return given().auth().oauth2(Tokens.forUser("admin")).queryParam("recipient", "CASE_CONTACT:" + caseNumber)
                .queryParam("limit", 500).get("/api/notifications/admin/deliveries").then().statusCode(200)
                .extract().jsonPath().getList("items");
    }

    static List<String> ours(String caseNumber) {
        return deliveries(caseNumber).stream().map(d -> (String) d.get("id")).toList();
    }

    static List<WebhookReceiver.Call> texts(String caseNumber) {
        return smsGateway.calls().stream().filter(c -> c.body().contains(caseNumber)).toList();
    }

    /** A case filed by the 12345 hotline for an enterprise without an account: the contact is all there is. */
    static String filed(String email, String mobile) {
        String caseNumber = TestEvents.caseNumber();
        KafkaProbe.send("reform.appeals", caseNumber,
                TestEvents.contactRecorded(UUID.randomUUID().toString(), caseNumber, "张经理", mobile, email));
        KafkaProbe.send("reform.appeals", caseNumber, TestEvents.appeal(UUID.randomUUID().toString(), "FILED", caseNumber,
                null, "91440400MA4UH1234T", "SUBMITTED", "2026-12-18", null, 1).replace("\"leadUnit\":\"null\"", "\"leadUnit\":null"));
        return caseNumber;
    }

    @Test
    void the_contact_hears_of_receipt_routing_and_answer_by_e_mail_and_sms_until_it_unsubscribes() {
        String email = "contact-" + UUID.randomUUID().toString().substring(0, 8) + "@enterprise.reformhub.local";
        String caseNumber = filed(email, "+86 138-0013-" + (1000 + (int) (Math.random() * 8999)));

        await().atMost(WAIT).until(() -> Mailbox.count(email, caseNumber, ours(caseNumber)) == 1 && texts(caseNumber).size() == 1);
        Mailbox.Received mail = Mailbox.received(email, ours(caseNumber)).get(0);
        String receipt = mail.text();
        assertTrue(receipt.contains("张经理您好") && receipt.contains(caseNumber) && receipt.contains("2026-12-18"), receipt);
        assertTrue(receipt.contains("不再接收企业直通车通知：http") && LINK.matcher(receipt).find(), receipt);
        WebhookReceiver.Call text = texts(caseNumber).get(0);
        assertTrue(text.signatureValid() && text.timestampFresh());
        assertTrue(text.body().matches(".*\"to\":\"138\\d{8}\".*"), text.body());
        assertTrue(text.body().contains("\"rule\":\"contact-appeal-received\"") && text.body().contains("2026-12-18")
                && text.body().contains("退订"), text.body());
        assertTrue(mail.raw().contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click"), "one-click header");

        // routed: a unit and the due date, to both addresses
        KafkaProbe.send("reform.appeals", caseNumber, TestEvents.assigned(UUID.randomUUID().toString(), caseNumber, "zrzy"));
        await().atMost(WAIT).until(() -> ours(caseNumber).size() == 4 && texts(caseNumber).size() == 2);
        // the gateway has the text before the service records it as sent: wait for the record, not just the call
        await().atMost(WAIT).until(() -> deliveries(caseNumber).stream().allMatch(d -> "SENT".equals(d.get("status"))));

        // the page asks first (a mail scanner opening the link changes nothing), and hides most of the address
        Matcher link = LINK.matcher(receipt);
        assertTrue(link.find());
        String token = link.group(1);
        given().queryParam("token", token).get("/api/notifications/public/unsubscribe").then().statusCode(200)
                .contentType(containsString("text/html")).body(containsString("确认退订"))
                .body(containsString("c***@enterprise.reformhub.local")).body(containsString("138****"))
                .body(not(containsString(email)));
        KafkaProbe.send("reform.appeals", caseNumber, TestEvents.appeal(UUID.randomUUID().toString(), "ANSWERED", caseNumber,
                "zrzy", "91440400MA4UH1234T", "ANSWERED", "2026-12-18", "2026-12-01T08:00:00Z", 4));
        await().atMost(WAIT).until(() -> ours(caseNumber).size() == 6);

        // one click (RFC 8058) stops e-mail and SMS
        given().queryParam("token", token).contentType("application/x-www-form-urlencoded")
                .formParam("List-Unsubscribe", "One-Click").post("/api/notifications/public/unsubscribe")
                .then().statusCode(200).body(containsString("已退订")).body(containsString("恢复接收"));
        KafkaProbe.send("reform.appeals", caseNumber, TestEvents.appeal(UUID.randomUUID().toString(), "REOPENED", caseNumber,
                "zrzy", "91440400MA4UH1234T", "ASSIGNED", "2026-12-25", null, 6));
        // a marker case of the same address, on the same partition key: once its filing is in, the reopening was read
        String marker = TestEvents.caseNumber();
        KafkaProbe.send("reform.appeals", caseNumber,
                TestEvents.contactRecorded(UUID.randomUUID().toString(), marker, "张经理", "13800138000", email));
        KafkaProbe.send("reform.appeals", caseNumber, TestEvents.appeal(UUID.randomUUID().toString(), "FILED", marker,
                "zrzy", "91440400MA4UH1234T", "SUBMITTED", "2026-12-18", null, 1));
        // the marker's own SMS (another phone); its e-mail is the unsubscribed address
        await().atMost(WAIT).until(() -> ours(marker).size() == 1);
        assertEquals(6, ours(caseNumber).size(), "nothing more to the unsubscribed address");
        assertEquals(List.of("WEBHOOK"), deliveries(marker).stream().map(d -> d.get("channel")).toList());

        // undone: the next message arrives again
        given().queryParam("token", token).contentType("application/x-www-form-urlencoded").formParam("action", "resubscribe")
                .post("/api/notifications/public/unsubscribe").then().statusCode(200).body(containsString("已恢复接收"));
        KafkaProbe.send("reform.appeals", caseNumber, TestEvents.appeal(UUID.randomUUID().toString(), "ANSWERED", caseNumber,
                "zrzy", "91440400MA4UH1234T", "ANSWERED", "2026-12-25", "2026-12-20T08:00:00Z", 7));
        await().atMost(WAIT).until(() -> ours(caseNumber).size() == 8);
    }

    @Test
    void a_landline_gets_no_sms_and_a_case_without_an_e_mail_gets_none() {
        String caseNumber = filed(null, "0756-2123456");
        KafkaProbe.send("reform.appeals", caseNumber, TestEvents.assigned(UUID.randomUUID().toString(), caseNumber, "zrzy"));
        String marker = filed(null, "13900139000");
        await().atMost(WAIT).until(() -> texts(marker).size() == 1);
        await().pollDelay(Duration.ofSeconds(2)).atMost(WAIT).until(() -> true);
        assertEquals(List.of(), deliveries(caseNumber));
    }

    @Test
    void a_broken_or_unknown_link_says_so_and_changes_nothing() {
        for (String token : List.of("", "short", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "<script>alert(1)</script>")) {
            // a person's browser: the page says so
            given().accept("text/html,application/xhtml+xml").queryParam("token", token).get("/api/notifications/public/unsubscribe")
                    .then().statusCode(404).contentType(containsString("text/html")).body(containsString("链接无效"))
                    .body(not(containsString("<script>")));
            // a mail client's one-click or a script: a problem
            given().queryParam("token", token).contentType("application/x-www-form-urlencoded")
                    .formParam("List-Unsubscribe", "One-Click").post("/api/notifications/public/unsubscribe")
                    .then().statusCode(404).contentType(containsString("application/problem+json"))
                    .body(containsString("退订链接无效"));
        }
        given().get("/api/notifications/public/unsubscribe").then().statusCode(404)
                .contentType(containsString("application/problem+json"));
        given().contentType("application/json").body("{\"action\":\"resubscribe\"}").post("/api/notifications/public/unsubscribe")
                .then().statusCode(415).contentType(containsString("application/problem+json"));
    }
}
