package org.reformhub.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import org.reformhub.kernel.testing.Tokens;

/**
 * Keycloak keeps its data in PostgreSQL: an account made through its admin API (as an administrator would
 * in the console) logs in after Keycloak was restarted with the project's scripts, and a token issued
 * before the restart is still accepted (the signing keys are kept too).
 */
class KeycloakPersistenceIT {

    private static final String KEYCLOAK = KeycloakAdmin.URL;


    private static int login(String username, String password) {
        return given().formParam("grant_type", "password").formParam("client_id", "reformhub-cli")
                .formParam("username", username).formParam("password", password)
                .post(KEYCLOAK + "/realms/reform/protocol/openid-connect/token").statusCode();
    }

    @Test
    void an_account_made_in_the_admin_api_survives_a_restart_and_old_tokens_stay_valid() throws Exception {
        Components.requireControl();
        String username = "officer-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
        String user = """
                {"username":"%s","enabled":true,"email":"%s@example.gov.cn","emailVerified":true,"firstName":"测试",
                 "lastName":"专员","attributes":{"dept":["zwsj"]},
                 "credentials":[{"type":"password","value":"Restart-2026","temporary":false}]}""".formatted(username, username);
        given().auth().oauth2(KeycloakAdmin.token()).contentType(ContentType.JSON).body(user)
                .post(KEYCLOAK + "/admin/realms/reform/users").then().statusCode(201);
        String before = Tokens.supervisor();
        await().atMost(Duration.ofSeconds(10)).until(() -> login(username, "Restart-2026") == 200);

        Components.run("restart", "keycloak");

        await().atMost(Duration.ofSeconds(60)).until(() -> login(username, "Restart-2026") == 200);
        // the realm's keys survived too: a token from before the restart still opens the API
        Platform.gatewayAs(before).get("/api/registry/programmes").then().statusCode(200);

        List<String> ids = given().auth().oauth2(KeycloakAdmin.token()).queryParam("username", username).queryParam("exact", true)
                .get(KEYCLOAK + "/admin/realms/reform/users").then().statusCode(200).extract().path("id");
        ids.forEach(id -> given().auth().oauth2(KeycloakAdmin.token()).delete(KEYCLOAK + "/admin/realms/reform/users/" + id)
                .then().statusCode(204));
    }
}
