package org.reformhub.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import org.reformhub.kernel.testing.Tokens;

/**
 * An administrator rotates the realm's signing key in Keycloak: tokens signed with the new key are accepted
 * by the gateway and by a service within 30 s, even after anonymous callers sent many tokens with unknown
 * key ids (which make the verifiers fetch the key set, at most every 10 s).
 */
class KeyRotationIT {

    private static final String KEYCLOAK = KeycloakAdmin.URL;
    private static final String SERVICE = System.getProperty("e2e.registry", "http://127.0.0.1:8081");


    private static String kid(String token) {
        String header = new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]), StandardCharsets.UTF_8);
        return header.replaceAll(".*\"kid\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }

    private static String freshToken() {
        return given().formParam("grant_type", "password").formParam("client_id", "reformhub-cli")
                .formParam("username", "supervisor").formParam("password", Tokens.PASSWORD)
                .post(KEYCLOAK + "/realms/reform/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    @Test
    void a_rotated_key_is_accepted_within_30_seconds_whatever_unknown_key_ids_came_before() throws Exception {
        String before = freshToken();
        // anonymous callers probing with key ids nobody issued
        for (int i = 0; i < 30; i++) {
            String forged = ForgedTokens.withUnknownKeyId(before, "probe-" + i);
            Platform.gatewayAs(forged).get("/api/registry/programmes").then().statusCode(401);
            given().baseUri(SERVICE).auth().oauth2(forged).get("/api/registry/programmes").then().statusCode(401);
        }

        String realmId = given().auth().oauth2(KeycloakAdmin.token()).get(KEYCLOAK + "/admin/realms/reform")
                .then().statusCode(200).extract().path("id");
        String provider = """
                {"name":"rotated-%d","providerId":"rsa-generated","providerType":"org.keycloak.keys.KeyProvider",
                 "parentId":"%s","config":{"priority":["%d"],"enabled":["true"],"active":["true"],"algorithm":["RS256"],
                 "keySize":["2048"]}}""".formatted(System.nanoTime() % 100000, realmId,
                1000 + ThreadLocalRandom.current().nextInt(100_000));
        given().auth().oauth2(KeycloakAdmin.token()).contentType(ContentType.JSON).body(provider)
                .post(KEYCLOAK + "/admin/realms/reform/components").then().statusCode(201);

        String after = freshToken();
        assertNotEquals(kid(before), kid(after), "Keycloak signs with the new key");
        long start = System.nanoTime();
        // more unknown key ids right before the first real token with the new key
        for (int i = 0; i < 10; i++) {
            Platform.gatewayAs(ForgedTokens.withUnknownKeyId(before, "late-probe-" + i)).get("/api/registry/programmes");
        }
        // through the gateway, each service verifies the relayed token itself: 200 means both accepted the new key
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() ->
                Platform.gatewayAs(after).get("/api/registry/programmes").statusCode() == 200
                        && Platform.gatewayAs(after).get("/api/progress/reports?dept=zwsj").statusCode() == 200
                        && Platform.gatewayAs(after).get("/api/notifications/inbox").statusCode() == 200
                        && Platform.gatewayAs(after).get("/api/appeals/appeals").statusCode() == 200
                        && given().baseUri(SERVICE).auth().oauth2(after).get("/api/registry/programmes").statusCode() == 200);
        System.out.printf("rotated key accepted by the gateway and all four services after %d ms%n",
                (System.nanoTime() - start) / 1_000_000);
        // and tokens of the old key, still valid in Keycloak, keep working
        Platform.gatewayAs(before).get("/api/registry/programmes").then().statusCode(200);
    }
}
