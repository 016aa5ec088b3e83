package org.reformhub.appeals.appeal;

import java.nio.charset.StandardCharsets;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import org.reformhub.kernel.testing.Tokens;

import static org.hamcrest.Matchers.startsWith;

/**
 * Steps whose body is optional (take up, hand down) answer any body they cannot read — empty, of another type, or
 * none — with a problem, as every other endpoint does (found by the fuzz test: an empty body came back as a bare 400).
 */
@QuarkusTest
class OptionalBodiesTest {

    private static RequestSpecification post(String type, String body) {
        RequestSpecification request = RestAssured.given().auth().oauth2(Tokens.supervisor())
                .config(RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)));
        if (type != null) {
            request = request.contentType(type);
        }
        return body == null ? request : request.body(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void an_unreadable_or_empty_body_is_a_problem_never_a_bare_status() {
        for (String path : new String[] {"/api/appeals/appeals/x700/take-up", "/api/appeals/appeals/ZTC-209901-99999/take-up",
                "/api/appeals/appeals/x700/hand-to-district"}) {
            for (String type : new String[] {null, "text/plain; charset=UTF-8", "application/xml", "application/json"}) {
                for (String body : new String[] {"", "{", "not json", null}) {
                    try {
                        post(type, body).post(path).then()
                                .statusCode(org.hamcrest.Matchers.both(org.hamcrest.Matchers.greaterThanOrEqualTo(400))
                                        .and(org.hamcrest.Matchers.lessThan(500)))
                                .contentType(startsWith("application/problem+json"));
                    } catch (AssertionError e) {
                        throw new AssertionError("POST " + path + " as " + type + " with " + body + ": " + e.getMessage(), e);
                    }
                }
            }
        }
    }
}
