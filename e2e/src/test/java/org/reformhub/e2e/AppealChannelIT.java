package org.reformhub.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import org.reformhub.kernel.testing.Tokens;
import org.reformhub.kernel.city.CityTime;

/**
 * 企业直通车 through the gateway with real tokens: an enterprise files (a retry with the same Idempotency-Key
 * files once), the office accepts and routes, the unit answers, the enterprise rates 不满意 and the case
 * reopens, the unit answers again, the enterprise rates 满意 and the case closes.
 */
class AppealChannelIT {

    private static final String FILING = """
            {"enterpriseName":"横琴示例科技","contactPerson":"张三","phone":"0756-1234567","category":"land",
             "title":"厂房用地手续","description":"用地规划许可办理超时","district":"横琴"}""";

    private static String step(String token, String caseNumber, String action, String body, String status) {
        var request = Platform.gatewayAs(token);
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.post("/api/appeals/appeals/" + caseNumber + "/" + action).then().statusCode(200)
                .body("status", equalTo(status)).extract().path("status");
    }

    @Test
    void filed_routed_answered_rated_dissatisfied_reopened_answered_again_rated_satisfied() {
        String enterprise = Tokens.forUser("enterprise-a");
        String key = UUID.randomUUID().toString();
        String caseNumber = Platform.gatewayAs(enterprise).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(FILING).post("/api/appeals/appeals").then().statusCode(201)
                .body("caseNumber", matchesPattern("ZTC-\\d{6}-\\d{5}")).body("timeLimitDays", equalTo(15))
                .extract().path("caseNumber");
        Platform.gatewayAs(enterprise).header("Idempotency-Key", key).contentType(ContentType.JSON).body(FILING)
                .post("/api/appeals/appeals").then().statusCode(201).body("caseNumber", equalTo(caseNumber));
        Platform.gatewayAs(Tokens.forUser("enterprise-b")).get("/api/appeals/appeals/" + caseNumber).then().statusCode(404);

        String supervisor = Tokens.supervisor();
        step(supervisor, caseNumber, "accept", null, "ACCEPTED");
        step(supervisor, caseNumber, "assign", "{\"leadUnit\":\"zrzy\",\"cooperatingUnits\":[\"zwsj\"]}", "ASSIGNED");
        String zrzy = Tokens.department("zrzy");
        step(zrzy, caseNumber, "answer", "{\"outcome\":\"PARTLY_RESOLVED\",\"answer\":\"已受理规划许可\"}", "ANSWERED");
        step(enterprise, caseNumber, "rate", "{\"rating\":\"DISSATISFIED\",\"comment\":\"许可仍未发放\"}", "REOPENED");
        step(zrzy, caseNumber, "answer", "{\"outcome\":\"RESOLVED\",\"answer\":\"规划许可已发放\"}", "ANSWERED");
        step(enterprise, caseNumber, "rate", "{\"rating\":\"SATISFIED\"}", "CLOSED");

        Platform.gatewayAs(enterprise).get("/api/appeals/appeals/" + caseNumber).then().statusCode(200)
                .body("reopenCount", equalTo(1)).body("rating", equalTo("SATISFIED"))
                .body("history.action", equalTo(List.of("FILED", "ACCEPTED", "ASSIGNED", "ANSWERED", "RATED", "REOPENED",
                        "ANSWERED", "RATED", "CLOSED")));
        Platform.gatewayAs(Tokens.department("zwsj")).get("/api/appeals/appeals/" + caseNumber).then().statusCode(200);

        // the case counts in the unit's assessment and in the month's report (both over the cases filed this month)
        String month = YearMonth.now(CityTime.ZONE).toString();
        Map<String, Object> unit = Platform.gatewayAs(supervisor).queryParam("from", month).queryParam("to", month)
                .get("/api/appeals/assessment").then().statusCode(200).extract().jsonPath()
                .getMap("units.find { it.unit == 'zrzy' }");
        assertTrue(((Number) unit.get("answered")).intValue() >= 1 && ((Number) unit.get("reopened")).intValue() >= 1, unit.toString());
        Map<String, Object> zrzyMonth = Platform.gatewayAs(supervisor).get("/api/appeals/monthly-reports/" + month).then()
                .statusCode(200).extract().jsonPath().getMap("byUnit.zrzy");
        assertTrue(((Number) zrzyMonth.get("rated")).intValue() >= 1 && ((Number) zrzyMonth.get("reopened")).intValue() >= 1,
                zrzyMonth.toString());
        Platform.gatewayAs(enterprise).get("/api/appeals/assessment").then().statusCode(403);
        // the public figures (no login) count it too, without naming the enterprise
        String stats = Platform.gateway().get("/public/appeals/stats").then().statusCode(200).extract().asString();
        assertTrue(!stats.contains("横琴示例科技") && stats.contains("用地用房"), stats);
        // and civic tools read its public status in Open311 GeoReport v2
        String open311 = Platform.gateway().get("/public/appeals/open311/v2/requests/" + caseNumber + ".json").then()
                .statusCode(200).body("[0].status", equalTo("closed")).body("[0].service_code", equalTo("land"))
                .extract().asString();
        assertTrue(!open311.contains("横琴示例科技") && !open311.contains("张三"), open311);
    }
}
