package org.reformhub.registry.measure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import org.reformhub.kernel.testing.Tokens;

/** With Keycloak unreachable a service answers 503 problem+json, never a bare 500, and anonymous calls still 401. */
@QuarkusTest
@TestProfile(IdentityProviderDownTest.KeycloakUnreachable.class)
class IdentityProviderDownTest {

    public static class KeycloakUnreachable implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.auth-server-url", "http://127.0.0.1:1/realms/reform",
                    "quarkus.oidc.connection-timeout", "1s",
                    "reformhub.events.consumer.enabled", "false");
        }
    }

    @Test
    void a_token_that_cannot_be_checked_is_503() {
        given().auth().oauth2(Tokens.supervisor()).get("/api/registry/measures/yshj-2020/1-01")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo("https://reformhub.org/problems/service-unavailable"));
    }

    @Test
    void public_aggregates_need_no_identity_provider() {
        given().get("/api/registry/public/summary").then().statusCode(200);
    }
}
