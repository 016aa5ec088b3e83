package org.reformhub.kernel.testing;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real access tokens from the running Keycloak (realm {@code reform}), for component and end-to-end
 * tests. Uses the demo realm's password-grant test client; tokens are cached for a minute.
 */
public final class Tokens {

    public static final String PASSWORD = "reformhub";
    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private record Cached(String token, long expiresAt) {
    }

    private Tokens() {
    }

    /** Realm URL: the {@code REFORMHUB_OIDC_URL} that deploy/local exports, or the local default. */
    public static String realmUrl() {
        String fromProperty = System.getProperty("reformhub.oidc.url");
        if (fromProperty != null) {
            return fromProperty;
        }
        String fromEnv = System.getenv("REFORMHUB_OIDC_URL");
        return fromEnv != null ? fromEnv : "http://127.0.0.1:8180/realms/reform";
    }

    public static String forUser(String username) {
        return forUser("reformhub-cli", username);
    }

    public static String forUser(String clientId, String username) {
        String key = clientId + "/" + username;
        Cached cached = CACHE.get(key);
        if (cached != null && cached.expiresAt() > System.currentTimeMillis()) {
            return cached.token();
        }
        String token = given().formParam("grant_type", "password").formParam("client_id", clientId)
                .formParam("username", username).formParam("password", PASSWORD)
                .post(realmUrl() + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        CACHE.put(key, new Cached(token, System.currentTimeMillis() + 60_000));
        return token;
    }

    /** A token of a client-credentials client (a departmental system's service account). */
    public static String forClient(String clientId, String secret) {
        return given().formParam("grant_type", "client_credentials").formParam("client_id", clientId)
                .formParam("client_secret", secret)
                .post(realmUrl() + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    public static String supervisor() {
        return forUser("supervisor");
    }

    public static String department(String dept) {
        return forUser(dept + "-officer");
    }
}
