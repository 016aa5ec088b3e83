package org.reformhub.e2e;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;

import static org.awaitility.Awaitility.await;

/**
 * The platform's mail server (GreenMail under deploy/local), read through its REST API, and a department's contact
 * e-mail set as an office would: in the registry's catalogue, from where the notification service learns it.
 */
final class Mail {

    static final String API = System.getProperty("e2e.mail", "http://127.0.0.1:3080") + "/api";

    private Mail() {
    }

    static List<String> subjects(String address) {
        var response = given().urlEncodingEnabled(false).get(API + "/user/" + address + "/messages/INBOX");
        if (response.statusCode() != 200) {
            return List.of();
        }
        List<Map<String, Object>> messages = response.jsonPath().getList("$");
        return messages.stream().map(m -> String.valueOf(m.get("subject"))).toList();
    }

    static long count(String address, String subjectPart) {
        return subjects(address).stream().filter(s -> s.contains(subjectPart)).count();
    }

    /** Gives the department a fresh contact address in the registry; returns once the notifications use it. */
    static String freshAddressFor(String dept, String supervisor) {
        String address = dept + "-" + UUID.randomUUID().toString().substring(0, 8) + "@gov.reformhub.local";
        Platform.gatewayAs(supervisor).contentType(ContentType.JSON).body(Map.of("email", address))
                .patch("/api/registry/departments/" + dept).then().statusCode(200);
        await().atMost(java.time.Duration.ofSeconds(60)).until(() -> address.equals(Platform.gatewayAs(supervisor)
                .get("/api/notifications/departments/" + dept + "/channels").then().extract().path("email")));
        return address;
    }
}
