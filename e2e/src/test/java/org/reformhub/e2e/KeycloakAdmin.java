package org.reformhub.e2e;

import static io.restassured.RestAssured.given;

/** The running Keycloak, as its administrator reaches it (master realm, the bootstrap admin). */
final class KeycloakAdmin {

    static final String URL = System.getProperty("e2e.keycloak", "http://127.0.0.1:8180");

    private KeycloakAdmin() {
    }

    static String token() {
        return given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", "admin")
                .post(URL + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }
}
