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
