package org.reformhub.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.reformhub.kernel.testing.Tokens;

/**
 * Every kind of bad token is refused with 401 problem+json, at the gateway and — defence in depth —
 * at a service called directly.
 */
class TokenValidationIT {

    private static final String SERVICE = System.getProperty("e2e.registry", "http://127.0.0.1:8081");
    private static final String RESOURCE = "/api/registry/measures/yshj-2020/1-01";

    private static void refusedEverywhere(String token) {
        Platform.gatewayAs(token).get(RESOURCE)
                .then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("https://reformhub.org/problems/unauthorized"))
                .header("WWW-Authenticate", notNullValue());
        RestAssured.given().baseUri(SERVICE).auth().oauth2(token).get(RESOURCE)
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void no_token_is_401_problem() {
        Platform.gateway().get(RESOURCE)
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", notNullValue());
    }

    @Test
    void a_valid_token_passes_both_the_gateway_and_the_service() {
        // 404 problem from the service: the token was accepted on both sides
        Platform.gatewayAs(Tokens.supervisor()).get("/api/registry/measures/yshj-2020/0-00")
                .then().statusCode(404).body("type", equalTo("https://reformhub.org/problems/not-found"));
        RestAssured.given().baseUri(SERVICE).auth().oauth2(Tokens.supervisor()).get("/api/registry/measures/yshj-2020/0-00")
                .then().statusCode(404);
    }

    @Test
    void an_expired_token_is_refused() throws Exception {
        // reformhub-cli-short issues 2-second tokens
        String token = Tokens.forUser("reformhub-cli-short", "supervisor");
        Thread.sleep(4000);
        refusedEverywhere(token);
    }

    @Test
    void a_token_signed_by_another_key_is_refused() throws Exception {
        refusedEverywhere(ForgedTokens.resignedWithAnotherKey(Tokens.supervisor()));
    }

    @Test
    void an_unsigned_alg_none_token_is_refused() {
        refusedEverywhere(ForgedTokens.unsigned(Tokens.supervisor()));
    }

    @Test
    void a_token_for_another_audience_is_refused() {
        refusedEverywhere(Tokens.forUser("reformhub-no-audience", "supervisor"));
    }

    @Test
    void a_token_from_another_issuer_is_refused() {
        String otherRealm = Tokens.realmUrl().replace("/realms/reform", "/realms/reform-other");
        String token = RestAssured.given().formParam("grant_type", "password").formParam("client_id", "reformhub-cli")
                .formParam("username", "supervisor").formParam("password", Tokens.PASSWORD)
                .post(otherRealm + "/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token");
        refusedEverywhere(token);
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "a.b.c", "Bearer"})
    void junk_is_refused(String token) {
        Platform.gatewayAs(token).get(RESOURCE).then().statusCode(401).contentType("application/problem+json");
    }
}
