package org.reformhub.e2e;

import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import org.reformhub.kernel.testing.Tokens;

/** Roles and ownership through the gateway: wrong role 403, another owner's resource 403. */
class AuthorizationIT {

    private static final String ENTERPRISE_A = "91440400MA4UH1234T";
    private static final String ENTERPRISE_B = "91440400617881127C";

    @Test
    void an_enterprise_cannot_read_the_task_registry() {
        Platform.gatewayAs(Tokens.forUser("enterprise-a")).get("/api/registry/measures/yshj-2020/1-01")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://reformhub.org/problems/forbidden"));
    }

    @Test
    void a_department_cannot_register_measures() {
        Platform.gatewayAs(Tokens.department("zwsj")).contentType(ContentType.JSON)
                .body(WalkingSkeletonIT.measure(Codes.next(), "zwsj", "市政务服务数据管理局"))
                .post("/api/registry/measures").then().statusCode(403);
    }

    @Test
    void a_department_reads_its_own_reports_but_not_another_departments() {
        Platform.gatewayAs(Tokens.department("zwsj")).get("/api/progress/reports?dept=zwsj").then().statusCode(200);
        Platform.gatewayAs(Tokens.department("zwsj")).get("/api/progress/reports?dept=zrzy")
                .then().statusCode(403).contentType("application/problem+json");
        Platform.gatewayAs(Tokens.department("zrzy")).get("/api/notifications/inbox?dept=zwsj").then().statusCode(403);
    }

    @Test
    void an_enterprise_reads_its_own_appeals_and_another_enterprises_case_does_not_exist_for_it() {
        String caseNumber = Platform.gatewayAs(Tokens.forUser("enterprise-b")).contentType("application/json").body("""
                        {"enterpriseName":"香洲示例制造","contactPerson":"李四","phone":"0756-7654321","category":"tax",
                         "title":"退税进度","description":"出口退税迟迟未到账","district":"香洲"}""")
                .post("/api/appeals/appeals").then().statusCode(201).extract().path("caseNumber");
        Platform.gatewayAs(Tokens.forUser("enterprise-a")).get("/api/appeals/appeals").then().statusCode(200)
                .body("items.uscc.findAll { it != '" + ENTERPRISE_A + "' }.size()", org.hamcrest.Matchers.equalTo(0));
        Platform.gatewayAs(Tokens.forUser("enterprise-a")).get("/api/appeals/appeals/" + caseNumber)
                .then().statusCode(404).contentType("application/problem+json");
        Platform.gatewayAs(Tokens.department("zwsj")).get("/api/appeals/appeals/" + caseNumber).then().statusCode(404);
        Platform.gatewayAs(Tokens.forUser("enterprise-b")).get("/api/appeals/appeals/" + caseNumber).then().statusCode(200);
    }

    @Test
    void a_supervisor_sees_every_department_and_enterprise() {
        Platform.gatewayAs(Tokens.supervisor()).get("/api/progress/reports?dept=zrzy").then().statusCode(200);
        Platform.gatewayAs(Tokens.supervisor()).get("/api/appeals/appeals").then().statusCode(200);
    }

    @Test
    void a_departmental_system_with_client_credentials_acts_as_its_department() {
        String token = Tokens.forClient("tax-bureau-system", "tax-bureau-system-demo-secret");
        Platform.gatewayAs(token).get("/api/progress/reports?dept=swj").then().statusCode(200);
        Platform.gatewayAs(token).get("/api/notifications/inbox").then().statusCode(200);
        Platform.gatewayAs(token).get("/api/progress/reports?dept=zwsj").then().statusCode(403);
    }

    @Test
    void the_service_builds_its_links_for_the_host_the_caller_used_not_one_the_caller_injected() {
        String code = Codes.next();
        Platform.gatewayAs(Tokens.supervisor()).header("X-Forwarded-Host", "evil.example")
                .contentType(ContentType.JSON).body(WalkingSkeletonIT.measure(code, "zrzy", "市自然资源局"))
                .post("/api/registry/measures")
                .then().statusCode(201)
                .header("Location", equalTo(Platform.GATEWAY + Codes.path(code)));
    }
}
