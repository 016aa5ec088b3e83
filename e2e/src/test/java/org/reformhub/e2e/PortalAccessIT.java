package org.reformhub.e2e;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import org.reformhub.kernel.testing.Tokens;

/** What the municipal portal and an anonymous visitor get: public aggregates, CORS, rate limits, docs. */
class PortalAccessIT {

    private static final String PORTAL = "http://127.0.0.1:8088";

    @Test
    void public_aggregates_need_no_login_and_are_cacheable() {
        Platform.gateway().get("/public/registry/summary")
                .then().statusCode(200)
                .header("Cache-Control", containsString("max-age"))
                .body("measures", greaterThanOrEqualTo(0));
    }

    @Test
    void a_preflight_from_the_configured_portal_is_allowed() {
        Platform.gateway().header("Origin", PORTAL).header("Access-Control-Request-Method", "GET")
                .options("/public/registry/summary")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(PORTAL));
        Platform.gateway().header("Origin", PORTAL).get("/public/registry/summary")
                .then().statusCode(200).header("Access-Control-Allow-Origin", equalTo(PORTAL));
    }

    @Test
    void a_preflight_from_another_origin_is_refused() {
        Response response = Platform.gateway().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "GET").options("/public/registry/summary");
        response.then().header("Access-Control-Allow-Origin", nullValue());
        assertTrue(response.statusCode() >= 400, "refused preflight, got " + response.statusCode());
    }

    @Test
    void one_swagger_ui_at_the_gateway_lists_every_services_api() {
        Platform.gateway().get("/q/swagger-ui/").then().statusCode(200);
        Platform.gateway().get("/openapi/registry").then().statusCode(200).body(containsString("/api/registry/measures"));
        Platform.gateway().get("/openapi/notifications").then().statusCode(200).body(containsString("/api/notifications/inbox"));
        Platform.gateway().get("/openapi/progress").then().statusCode(200).body(containsString("/api/progress/programmes/{programme}/dashboard"));
        Platform.gateway().get("/openapi/appeals").then().statusCode(200).body(containsString("/api/appeals/appeals/{case}"));
    }

    /**
     * What a client generator reads from every document: path parameters in the order of the URL (a generated
     * method takes (programme, code) for /{programme}/{code}), and a month as the "2026-01" string it is on the wire.
     */
    @Test
    void every_document_lists_path_parameters_in_url_order_and_months_as_strings() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        List<String> misordered = new ArrayList<>();
        for (String service : List.of("registry", "progress", "notifications", "appeals", "warehouse")) {
            var document = json.readTree(Platform.gateway().queryParam("format", "json").get("/openapi/" + service)
                    .then().statusCode(200).extract().asString());
            document.path("paths").fields().forEachRemaining(path -> {
                List<String> inUrl = new ArrayList<>();
                java.util.regex.Matcher names = java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(path.getKey());
                while (names.find()) {
                    inUrl.add(names.group(1));
                }
                path.getValue().fields().forEachRemaining(operation -> {
                    List<String> declared = new ArrayList<>();
                    operation.getValue().path("parameters").forEach(p -> {
                        if ("path".equals(p.path("in").asText())) {
                            declared.add(p.path("name").asText());
                        }
                    });
                    if (!declared.isEmpty() && !declared.equals(inUrl)) {
                        misordered.add(service + " " + operation.getKey() + " " + path.getKey() + " " + declared);
                    }
                });
            });
            var month = document.path("components").path("schemas").path("YearMonth");
            assertTrue(month.isMissingNode() || "string".equals(month.path("type").asText()), service + ": " + month);
        }
        assertEquals(List.of(), misordered);
    }

    @Test
    void a_client_over_its_rate_is_told_to_wait_with_429_and_retry_after() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            calls.add(pool.submit(() -> Platform.gateway().get("/public/registry/summary")));
        }
        Response limited = null;
        for (Future<Response> call : calls) {
            Response response = call.get();
            if (response.statusCode() == 429) {
                limited = response;
            }
        }
        pool.shutdown();
        assertTrue(limited != null, "200 requests at once exceed the test gateway's 20/s (burst 40)");
        limited.then().header("Retry-After", notNullValue()).contentType("application/problem+json")
                .body("type", equalTo("https://reformhub.org/problems/too-many-requests"));
        Thread.sleep(3000); // let the bucket refill for the other tests from this address
    }

    @Test
    void api_responses_carry_security_headers_and_a_request_id() {
        Platform.gateway().get("/api/registry/measures/yshj-2020/1-01")
                .then().header("X-Content-Type-Options", "nosniff").header("X-Frame-Options", "DENY")
                .header("X-Request-Id", notNullValue());
    }

    @Test
    void management_endpoints_are_not_on_the_public_port_and_label_routes_not_paths() {
        Platform.gateway().get("/q/metrics").then().statusCode(404).contentType("application/problem+json");
        Platform.gateway().get("/q/health").then().statusCode(404).contentType("application/problem+json");
        Platform.gateway().get("/no/such/route").then().statusCode(404).contentType("application/problem+json");
        String management = System.getProperty("e2e.gatewayManagement", "http://127.0.0.1:9080");
        io.restassured.RestAssured.given().baseUri(management).get("/q/health/ready").then().statusCode(200);
        // a path carrying an enterprise's credit code must not become a metric label
        Platform.gatewayAs(Tokens.forUser("enterprise-a")).get("/api/appeals/appeals/91440400MA4UH1234T");
        String metrics = io.restassured.RestAssured.given().baseUri(management).get("/q/metrics")
                .then().statusCode(200).extract().asString();
        assertTrue(!metrics.contains("91440400MA4UH1234T"), "metric labels carry a raw path with a credit code");
        assertTrue(metrics.contains("/api/appeals/{path}"), "metric labels name the route");
    }
}
