package org.reformhub.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.core.json.JsonObject;

import org.reformhub.kernel.problem.ProblemType;
import org.junit.jupiter.api.Test;

/** What the gateway does at the edge, observed on a real echo backend. */
@QuarkusTest
@QuarkusTestResource(value = TestBackends.class, restrictToAnnotatedClass = true)
class GatewayEdgeTest {

    @Test
    void a_well_formed_request_id_is_kept_and_echoed() {
        given().header("X-Request-Id", "portal-req-0001").get("/echo/hello")
                .then().statusCode(200)
                .header("X-Request-Id", "portal-req-0001")
                .body("headers.x-request-id", equalTo("portal-req-0001"));
    }

    @Test
    void a_missing_or_malformed_request_id_is_replaced() {
        given().header("X-Request-Id", "bad id; drop table").get("/echo/hello")
                .then().statusCode(200)
                .body("headers.x-request-id", matchesPattern("[0-9a-f-]{36}"));
        given().get("/echo/hello").then().header("X-Request-Id", notNullValue());
    }

    @Test
    void forwarding_and_identity_headers_from_callers_never_reach_a_service() {
        given().header("Forwarded", "for=6.6.6.6;host=evil.example")
                .header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-For", "6.6.6.6")
                .header("X-Dept", "zwsj").header("X-User", "admin").header("X-Roles", "supervisor")
                .header("Cookie", "q_session_web=stolen")
                .header("Authorization", "Bearer should-not-travel-on-public-routes")
                .get("/echo/hello")
                .then().statusCode(200)
                .body("headers.forwarded", nullValue())
                .body("headers.x-forwarded-host", not(equalTo("evil.example")))
                .body("headers.x-forwarded-for", equalTo("127.0.0.1"))
                .body("headers.x-dept", nullValue())
                .body("headers.x-user", nullValue())
                .body("headers.x-roles", nullValue())
                .body("headers.cookie", nullValue())
                .body("headers.authorization", nullValue());
    }

    @Test
    void a_route_rewrites_its_prefix_and_keeps_query_and_body() {
        given().body("{\"a\":1}").contentType("application/json").post("/echo/things?x=1")
                .then().statusCode(200)
                .body("uri", equalTo("/backend/things?x=1"))
                .body("method", equalTo("POST"))
                .body("body", equalTo("{\"a\":1}"));
    }

    @Test
    void a_route_with_several_instances_spreads_requests_over_all_of_them() {
        Set<String> answeredBy = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            answeredBy.add(given().get("/pair/hello").then().statusCode(200).extract().path("instance"));
        }
        assertEquals(Set.of("echo", "twin"), answeredBy);
    }

    @Test
    void concurrent_callers_on_many_connections_each_get_their_own_answer() throws Exception {
        // many connections land on different event loops, each with its own pool of backend connections
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            answers.add(client.sendAsync(HttpRequest.newBuilder(URI.create(gatewayUrl() + "/echo/item?n=" + i))
                    .header("X-Request-Id", "concurrent-" + i).build(), HttpResponse.BodyHandlers.ofString()));
        }
        for (int i = 0; i < answers.size(); i++) {
            HttpResponse<String> answer = answers.get(i).get(30, TimeUnit.SECONDS);
            assertEquals(200, answer.statusCode());
            assertEquals("concurrent-" + i, answer.headers().firstValue("X-Request-Id").orElseThrow());
            JsonObject echoed = new JsonObject(answer.body());
            assertEquals("/backend/item?n=" + i, echoed.getString("uri"));
            assertEquals("concurrent-" + i, echoed.getJsonObject("headers").getString("x-request-id"));
        }
    }

    private static String gatewayUrl() {
        return RestAssured.baseURI + ":" + RestAssured.port;
    }

    @Test
    void an_unreachable_backend_is_a_502_problem() {
        given().get("/dead/anything")
                .then().statusCode(502)
                .contentType("application/problem+json")
                .body("type", equalTo("https://reformhub.org/problems/bad-gateway"))
                .body("title", equalTo(ProblemType.BAD_GATEWAY.title()))
                .body("status", equalTo(502))
                .body("correlationId", notNullValue());
    }

    @Test
    void a_slow_backend_is_a_504_problem_within_the_timeout() {
        given().get("/echo/slow")
                .then().statusCode(504)
                .contentType("application/problem+json")
                .body("type", equalTo("https://reformhub.org/problems/gateway-timeout"))
                .time(lessThan(2900L));
    }

    @Test
    void a_100_kb_query_or_header_is_a_problem_not_a_bare_414_or_431() {
        given().get("/echo/hello?q=" + "a".repeat(100_000))
                .then().statusCode(414).contentType("application/problem+json")
                .body("type", equalTo("https://reformhub.org/problems/uri-too-long"));
        given().header("X-Filler", "b".repeat(100_000)).get("/echo/hello")
                .then().statusCode(431).contentType("application/problem+json")
                .body("type", equalTo("https://reformhub.org/problems/headers-too-large"));
        // a large but reasonable header reaches the backend (the echo backend itself takes 8 KB)
        given().header("X-Filler", "c".repeat(6_000)).get("/echo/hello").then().statusCode(200);
    }

    @Test
    void without_a_token_an_api_route_is_a_401_problem() {
        given().get("/api/echo/x")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", notNullValue());
    }

    @Test
    void with_the_identity_provider_down_a_token_cannot_be_checked_503_not_401_or_500() {
        given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln").get("/api/echo/x")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo("https://reformhub.org/problems/service-unavailable"));
    }

    @Test
    void api_responses_carry_security_headers() {
        given().get("/api/echo/x").then()
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY");
    }
}
