package org.reformhub.e2e;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;

/**
 * A department's contact e-mail set as an office would: in the registry's catalogue, from where the notification
 * service learns it (what arrives there: the kernel's test {@code Mailbox}).
 */
final class Mail {

    private Mail() {
    }

    /** Gives the department a fresh contact address in the registry; returns once the notifications use it. */
    static String freshAddressFor(String dept, String supervisor) {
        String address = dept + "-" + UUID.randomUUID().toString().substring(0, 8) + "@gov.reformhub.local";
        Platform.gatewayAs(supervisor).contentType(ContentType.JSON).body(Map.of("email", address))
                .patch("/api/registry/departments/" + dept).then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).until(() -> address.equals(Platform.gatewayAs(supervisor)
                .get("/api/notifications/departments/" + dept + "/channels").then().extract().path("email")));
        return address;
    }
}
