package org.reformhub.progress.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.reformhub.kernel.testing.Tokens;
import org.reformhub.progress.testing.Registry;

/**
 * The reports list as a search (#23 point 4): the office across every unit, a unit its own; by programme, state,
 * kind, period, words (a measure's code, its title, the report's text) and submission dates; a page with the total.
 */
@QuarkusTest
class ReportSearchTest {

    private String programme;

    @BeforeEach
    void measures() {
        programme = Registry.newProgramme("search");
        Registry.publishProgramme(programme, "检索测试任务分工表");
        Registry.publishMeasure(programme, "1-09", "“秒批”政务服务", Registry.dated(Registry.today().plusYears(1)));
        Registry.publishMeasure(programme, "1-10", "不动产登记", "{\"kind\":\"ONGOING\"}");
        Registry.publishMeasure(programme, "1-11", "不动产交易", Registry.dated(Registry.today().plusYears(1)));
        Registry.awaitMeasures(programme, 3);
        Registry.scheduleFromThreeMonthsAgo(programme);
    }

    private String file(String code, String period, String narrative, boolean submit) {
        String body = ReportWorkflowTest.report(period, "IN_PROGRESS", narrative);
        if (submit) {
            body = body.replace("扩大秒批事项\"}", "扩大秒批事项\",\"submit\":true}");
        }
        return given().auth().oauth2(Tokens.department("zwsj")).contentType(ContentType.JSON).body(body)
                .post("/api/progress/measures/" + programme + "/" + code + "/reports").then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void reports_are_searched_by_words_state_and_dates_and_paged_with_a_total() {
        String current = Registry.currentPeriod();
        file("1-09", current, "秒批专区已上线", true);
        java.time.LocalDate today = Registry.today();
        String quarter = today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1); // an ongoing measure's period
        file("1-10", quarter, "登记窗口合并", false);
        file("1-11", Registry.periodMonthsAgo(1), "交易材料精简", true);
        String supervisor = Tokens.supervisor();
        String day = today.toString();

        // three reported here, and the three the import recorded from the table's own status remarks
        given().auth().oauth2(supervisor).queryParam("programme", programme).queryParam("page", 0).queryParam("size", 4)
                .get("/api/progress/reports").then().statusCode(200)
                .body("total", equalTo(6)).body("page", equalTo(0)).body("size", equalTo(4)).body("items.size()", equalTo(4));
        given().auth().oauth2(supervisor).queryParam("programme", programme).queryParam("page", 1).queryParam("size", 4)
                .get("/api/progress/reports").then().statusCode(200).body("items.size()", equalTo(2));
        // words: the measure's title (from the registry), its code, the report's own text
        given().auth().oauth2(supervisor).queryParam("programme", programme).queryParam("q", "不动产")
                .get("/api/progress/reports").then().statusCode(200).body("total", equalTo(4))
                .body("items.code", everyItem(org.hamcrest.Matchers.oneOf("1-10", "1-11")));
        given().auth().oauth2(supervisor).queryParam("programme", programme).queryParam("q", "1-09")
                .get("/api/progress/reports").then().statusCode(200).body("total", equalTo(2));
        given().auth().oauth2(supervisor).queryParam("programme", programme).queryParam("q", "窗口合并")
                .get("/api/progress/reports").then().statusCode(200).body("total", equalTo(1)).body("items[0].status", equalTo("DRAFT"));
        given().auth().oauth2(supervisor).queryParam("programme", programme).queryParam("q", "%")
                .get("/api/progress/reports").then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(supervisor).queryParam("programme", programme).queryParam("status", "SUBMITTED")
                .queryParam("submittedFrom", day).queryParam("submittedTo", day).queryParam("page", 0)
                .get("/api/progress/reports").then().statusCode(200).body("total", equalTo(2));
        given().auth().oauth2(supervisor).queryParam("programme", programme).queryParam("period", current)
                .queryParam("kind", "CONSOLIDATED").queryParam("status", "SUBMITTED").get("/api/progress/reports").then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].code", equalTo("1-09"));
        // a unit sees its own, whatever it asks for
        given().auth().oauth2(Tokens.department("zrzy")).queryParam("programme", programme).queryParam("page", 0)
                .get("/api/progress/reports").then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(Tokens.department("zrzy")).queryParam("dept", "zwsj").queryParam("page", 0)
                .get("/api/progress/reports").then().statusCode(403);
        // bad filters: a problem naming the parameter
        given().auth().oauth2(supervisor).queryParam("submittedFrom", "2026-02-30").queryParam("page", 0)
                .get("/api/progress/reports").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("submittedFrom"));
        given().auth().oauth2(supervisor).queryParam("kind", "ALL").get("/api/progress/reports").then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        given().auth().oauth2(supervisor).queryParam("size", 501).get("/api/progress/reports").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }
}
