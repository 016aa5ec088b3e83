package org.reformhub.notifications.testing;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

/**
 * What the test mail server (GreenMail, started by deploy/local/test.sh) received for an address, read through its
 * REST API.
 */
public final class Mailbox {

    private Mailbox() {
    }

    public static String api() {
        return "http://127.0.0.1:" + System.getenv().getOrDefault("MAIL_API_PORT", "3180") + "/api";
    }

    /** The subjects of the messages delivered to {@code address} (none when it never received one). */
    public static List<String> subjects(String address) {
        var response = given().urlEncodingEnabled(false).get(api() + "/user/" + address + "/messages/INBOX");
        if (response.statusCode() != 200) {
            return List.of();
        }
        List<Map<String, Object>> messages = response.jsonPath().getList("$");
        return messages.stream().map(m -> String.valueOf(m.get("subject"))).toList();
    }

    public static long count(String address, String subjectPart) {
        return subjects(address).stream().filter(s -> s.contains(subjectPart)).count();
    }
}
