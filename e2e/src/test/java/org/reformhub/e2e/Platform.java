package org.reformhub.e2e;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/** Where the running platform is; deploy/local/test.sh passes the addresses as system properties. */
final class Platform {

    static final String GATEWAY = System.getProperty("e2e.gateway", "http://127.0.0.1:8080");

    private Platform() {
    }

    static RequestSpecification gateway() {
        return RestAssured.given().baseUri(GATEWAY);
    }

    static RequestSpecification gatewayAs(String token) {
        return gateway().auth().oauth2(token);
    }
}
