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
    private static final String KEYCLOAK = System.getProperty("e2e.keycloak", "http://127.0.0.1:8180");

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

        Response list = Platform.gatewayAs(token).queryParam("programme", "yshj-2020").get("/api/registry/measures");
        list.then().statusCode(503).contentType("application/problem+json").header("Retry-After", notNullValue())
                .body("type", equalTo("https://reformhub.org/problems/service-unavailable"));
        Platform.gatewayAs(token).contentType(ContentType.JSON).body(WalkingSkeletonIT.measure(code, "zrzy", "市自然资源局"))
                .post("/api/registry/measures").then().statusCode(503).contentType("application/problem+json");
        Platform.gatewayAs(token).get("/api/notifications/inbox").then().statusCode(503);

        long ready = millis(() -> given().baseUri(SERVICE).get("/q/health/ready").then().statusCode(503));
        long live = millis(() -> given().baseUri(SERVICE).get("/q/health/live").then().statusCode(200));
        assertTrue(ready < 2000 && live < 2000, "health answered in " + ready + " / " + live + " ms");

        Components.run("start", "postgres");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> Platform.gatewayAs(token)
                .queryParam("programme", "yshj-2020").get("/api/registry/measures").statusCode() == 200);
        await().atMost(Duration.ofSeconds(30)).until(() -> given().baseUri(SERVICE).get("/q/health/ready").statusCode() == 200);
        // the create refused during the outage left nothing behind
        Platform.gatewayAs(token).get(Codes.path(code)).then().statusCode(404);
    }
}
