package org.reformhub.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.reformhub.kernel.testing.Tokens;

/**
 * The real PostgreSQL stopped: every API call that needs it is 503 problem+json with Retry-After, nothing is
 * half-written, health answers at once (readiness down, liveness up), and all recovers by itself.
 */
class DatabaseOutageIT {

    private static final String SERVICE = System.getProperty("e2e.registry", "http://127.0.0.1:8081");
    private static final String KEYCLOAK = KeycloakAdmin.URL;

    @AfterEach
    void databaseIsBack() throws Exception {
        if (Components.controllable()) {
            Components.run("start", "postgres");
            // Keycloak keeps its data in the same PostgreSQL: wait until it issues tokens again
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() ->
                    given().formParam("grant_type", "password").formParam("client_id", "reformhub-cli")
                            .formParam("username", "zwsj-officer").formParam("password", Tokens.PASSWORD)
                            .post(KEYCLOAK + "/realms/reform/protocol/openid-connect/token").statusCode() == 200);
        }
    }

    private static long millis(Runnable call) {
        long start = System.nanoTime();
        call.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    void with_the_database_down_calls_are_503_health_answers_at_once_and_all_recovers() throws Exception {
        Components.requireControl();
        String token = Tokens.supervisor(); // before Keycloak loses its database too
        String code = Codes.next();
        Components.run("stop", "postgres");

        // the first call after the stop may still find a pooled connection that has not noticed yet
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500)).until(() -> Platform.gatewayAs(token)
                .queryParam("programme", "yshj-2020").get("/api/registry/measures").statusCode() == 503);
        Response list = Platform.gatewayAs(token).queryParam("programme", "yshj-2020").get("/api/registry/measures");
        list.then().statusCode(503).contentType("application/problem+json").header("Retry-After", notNullValue())
                .body("type", equalTo("https://reformhub.org/problems/service-unavailable"));
        Platform.gatewayAs(token).contentType(ContentType.JSON).body(WalkingSkeletonIT.measure(code, "zrzy", "市自然资源局"))
                .post("/api/registry/measures").then().statusCode(503).contentType("application/problem+json");
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500)).until(() ->
                Platform.gatewayAs(token).get("/api/notifications/inbox").statusCode() == 503);

        // readiness follows the background probe (every 2 s); every answer comes at once
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500)).until(() -> {
            long start = System.nanoTime();
            int status = given().baseUri(SERVICE).get("/q/health/ready").statusCode();
            assertTrue((System.nanoTime() - start) / 1_000_000 < 2000, "readiness answered within 2 s");
            return status == 503;
        });
        long live = millis(() -> given().baseUri(SERVICE).get("/q/health/live").then().statusCode(200));
        assertTrue(live < 2000, "liveness answered in " + live + " ms");

        Components.run("start", "postgres");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> Platform.gatewayAs(token)
                .queryParam("programme", "yshj-2020").get("/api/registry/measures").statusCode() == 200);
        await().atMost(Duration.ofSeconds(30)).until(() -> given().baseUri(SERVICE).get("/q/health/ready").statusCode() == 200);
        // the create refused during the outage left nothing behind
        Platform.gatewayAs(token).get(Codes.path(code)).then().statusCode(404);
        // the warehouse loader, whose batches failed while its database was gone, catches up again
        WarehouseIT.awaitWarehouseCaughtUp(token);
    }
}
