package org.reformhub.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;

import org.reformhub.kernel.testing.Tokens;

/** The task registry as the platform starts it: the city's table imported on first start, served through the gateway. */
class RegistryIT {

    @Test
    void the_platform_starts_with_the_citys_22_measures() {
        Platform.gatewayAs(Tokens.supervisor()).queryParam("programme", "yshj-2020").queryParam("size", 200).queryParam("q", "")
                .get("/api/registry/measures")
                .then().statusCode(200).body("total", equalTo(22))
                .body("items.code", hasItems("1-01", "1-02", "1-03", "1-04", "1-05", "1-06", "1-07", "1-08", "1-09", "1-10",
                        "1-11", "2-01", "2-02", "2-03", "2-04", "2-05", "2-06", "2-07", "2-08", "2-09", "2-10", "2-11"));
    }

    /**
     * A query parameter that cannot be read (size=abc, an unknown state) is a 400 naming it, with the path the caller
     * used as the problem's instance; a path that names nothing (a malformed id) stays a 404.
     */
    @Test
    void an_unreadable_query_parameter_is_a_bad_request_naming_it_and_a_malformed_id_is_not_found() {
        String supervisor = Tokens.supervisor();
        Platform.gatewayAs(supervisor).queryParam("size", "abc").get("/api/registry/measures").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("size"))
                .body("instance", equalTo("/api/registry/measures"));
        Platform.gatewayAs(Tokens.department("zwsj")).queryParam("dept", "zwsj").queryParam("status", "BOGUS")
                .get("/api/progress/reports").then().statusCode(400).body("errors[0].field", equalTo("status"));
        Platform.gatewayAs(supervisor).get("/api/progress/reports/not-a-uuid").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void a_department_finds_what_it_leads_and_downloads_the_register() {
        Platform.gatewayAs(Tokens.department("zrzy")).queryParam("programme", "yshj-2020").queryParam("dept", "zrzy").queryParam("role", "lead")
                .get("/api/registry/measures")
                .then().statusCode(200).body("items.code", hasItems("1-02", "2-05", "2-06"));
        Platform.gatewayAs(Tokens.department("zrzy")).get("/api/registry/exports/yshj-2020/registry.xlsx")
                .then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    void enterprises_do_not_see_the_registry_but_the_public_sees_its_summary() {
        Platform.gatewayAs(Tokens.forUser("enterprise-a")).get("/api/registry/measures").then().statusCode(403);
        Platform.gateway().queryParam("programme", "yshj-2020").get("/public/registry/summary").then().statusCode(200)
                .body("byList.REFERENCE", org.hamcrest.Matchers.greaterThanOrEqualTo(11));
    }
}
