package org.reformhub.e2e;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.ThreadLocalRandom;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import org.reformhub.kernel.testing.Tokens;
import org.reformhub.kernel.city.CityTime;

/**
 * 市、县（区）同步 through the gateway with real Keycloak tokens: the district offices (hengqin-office, xiangzhou-office,
 * the {@code district} role and claim) see and handle their own district's cases and sessions only, another district's
 * case is a 403 that says no more than a case that does not exist; the city hands a case down and takes one up; the
 * monthly session runs on the same day at city and district level and decides cases there; the city session invites
 * the enterprise and the units (the invitation and the day-before reminder reach the enterprise's mailbox in the mail
 * server), records attendance and outcomes (the time limit set becomes the case's due date); the figures show the
 * districts side by side; the office records a follow-up rating (回访).
 */
class DistrictOfficesIT {

    private static String file(String district, String title) {
        return Platform.gatewayAs(Tokens.forUser("enterprise-a")).contentType(ContentType.JSON).body("""
                {"enterpriseName":"横琴示例科技","contactPerson":"张三","phone":"0756-1234567","category":"land",
                 "title":"%s","description":"区县同步测试","district":"%s"}""".formatted(title, district))
                .post("/api/appeals/appeals").then().statusCode(201).extract().path("caseNumber");
    }

    private static ValidatableResponse post(String token, String path, String body) {
        return Platform.gatewayAs(token).contentType(ContentType.JSON).body(body).post("/api/appeals" + path).then();
    }

    @Test
    void district_offices_work_their_own_district_and_the_city_sees_all_side_by_side() {
        String hengqinCase = file("横琴粤澳深度合作区", "横琴厂房用地");
        String xiangzhouCase = file("xiangzhou", "香洲报建");
        String hengqin = Tokens.forUser("hengqin-office");
        String xiangzhou = Tokens.forUser("xiangzhou-office");
        String supervisor = Tokens.supervisor();

        Platform.gatewayAs(hengqin).queryParam("limit", 100).get("/api/appeals/appeals").then().statusCode(200)
                .body("items.district", everyItem(equalTo("hengqin"))).body("items.caseNumber", hasItem(hengqinCase));
        String other = Platform.gatewayAs(hengqin).get("/api/appeals/appeals/" + xiangzhouCase).then().statusCode(403)
                .extract().path("detail");
        String none = Platform.gatewayAs(hengqin).get("/api/appeals/appeals/ZTC-209912-99999").then().statusCode(403)
                .extract().path("detail");
        assertEquals(other, none, "another district's case tells as much as no case");
        Platform.gatewayAs(xiangzhou).get("/api/appeals/appeals/" + xiangzhouCase).then().statusCode(200)
                .body("districtName", equalTo("香洲"));
        post(hengqin, "/appeals/" + hengqinCase + "/accept", "{}").statusCode(200);

        // the city hands the 香洲 case to 横琴 (filed in the wrong district) and takes the 横琴 case up
        post(supervisor, "/appeals/" + xiangzhouCase + "/hand-to-district", "{\"district\":\"横琴\",\"reason\":\"企业位于横琴\"}")
                .statusCode(200).body("district", equalTo("hengqin"));
        Platform.gatewayAs(hengqin).get("/api/appeals/appeals/" + xiangzhouCase).then().statusCode(200);
        Platform.gatewayAs(xiangzhou).get("/api/appeals/appeals/" + xiangzhouCase).then().statusCode(403);
        post(supervisor, "/appeals/" + hengqinCase + "/take-up", "{}").statusCode(200).body("cityHandles", equalTo(true));
        post(hengqin, "/appeals/" + hengqinCase + "/assign", "{\"leadUnit\":\"zrzy\"}").statusCode(403);
        post(supervisor, "/appeals/" + hengqinCase + "/assign", "{\"leadUnit\":\"zrzy\"}").statusCode(200);

        // the monthly session on the same day at city and district level, each deciding its own cases
        LocalDate day = LocalDate.of(2097, 1 + ThreadLocalRandom.current().nextInt(12), 1 + ThreadLocalRandom.current().nextInt(28));
        String plan = "{\"heldOn\":\"%s\",\"level\":\"%s\",\"monthly\":true,\"title\":\"企业直通车每月面对面\",\"hosts\":[\"%s\"]}";
        String citySession = post(supervisor, "/sessions", plan.formatted(day, "市", "市领导")).statusCode(201)
                .extract().path("id");
        post(hengqin, "/sessions", plan.formatted(day.plusDays(1), "横琴", "区领导")).statusCode(422)
                .body("errors[0].field", equalTo("heldOn"));
        String districtSession = post(hengqin, "/sessions", plan.formatted(day, "横琴", "区领导")).statusCode(201)
                .body("levelName", equalTo("横琴")).extract().path("id");
        Platform.gatewayAs(xiangzhou).get("/api/appeals/sessions/" + districtSession).then().statusCode(403);
        Platform.gatewayAs(hengqin).get("/api/appeals/sessions/" + citySession).then().statusCode(403);
        // the agenda as the district office settles it: the case handed to it
        Platform.gatewayAs(hengqin).contentType(ContentType.JSON).body("{\"cases\":[\"" + xiangzhouCase + "\"]}")
                .put("/api/appeals/sessions/" + districtSession + "/agenda").then().statusCode(200);
        post(hengqin, "/sessions/" + districtSession + "/decisions",
                "{\"caseNumber\":\"" + xiangzhouCase + "\",\"outcome\":\"TIME_LIMIT_SET\",\"unit\":\"zrzy\",\"committedDate\":\"2099-06-30\"}")
                .statusCode(200);
        Platform.gatewayAs(hengqin).get("/api/appeals/appeals/" + xiangzhouCase).then()
                .body("dueDate", equalTo("2099-06-30")).body("history[-1].note", containsString("横琴"));

        // 联席会议: the city session invites the enterprise of its agenda and the units; the enterprise's mailbox (the
        // address in its own 消息设置) gets the invitation with date and place, and the reminder the day before
        String enterpriseMail = "enterprise-a-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        Platform.gatewayAs(Tokens.forUser("enterprise-a")).contentType(ContentType.JSON)
                .body("{\"email\":\"" + enterpriseMail + "\",\"dailyDigest\":false}")
                .put("/api/notifications/preferences/me").then().statusCode(200);
        String cityCase = file("香洲", "香洲联席会议");
        Platform.gatewayAs(supervisor).contentType(ContentType.JSON).body("{\"cases\":[\"" + cityCase + "\",\"" + hengqinCase + "\"]}")
                .put("/api/appeals/sessions/" + citySession + "/agenda").then().statusCode(200);
        post(supervisor, "/sessions/" + citySession + "/invitations", "{\"place\":\"市民服务中心 A 区会议室\"}").statusCode(200)
                .body("invitees.ref", hasItem("91440400MA4UH1234T")).body("invitees.ref", hasItem("zrzy"));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() ->
                org.reformhub.kernel.testing.Mailbox.count(enterpriseMail, "邀请参加") == 1);
        String invitation = String.join("\n", org.reformhub.kernel.testing.Mailbox.texts(enterpriseMail));
        org.junit.jupiter.api.Assertions.assertTrue(invitation.contains("市民服务中心 A 区会议室") && invitation.contains(cityCase),
                invitation);
        Platform.gatewayAs(supervisor).contentType(ContentType.JSON).body("{\"present\":[\"91440400MA4UH1234T\",\"zrzy\"]}")
                .put("/api/appeals/sessions/" + citySession + "/attendance").then().statusCode(200)
                .body("invitees.find { it.ref == '91440400MA4UH1234T' }.attended", equalTo(true));
        post(supervisor, "/sessions/" + citySession + "/decisions", "{\"caseNumber\":\"" + cityCase
                + "\",\"outcome\":\"SOLVED_ON_SPOT\",\"unit\":\"zrzy\",\"note\":\"现场答复：报建材料已受理\"}").statusCode(200);
        Platform.gatewayAs(supervisor).get("/api/appeals/appeals/" + cityCase).then().body("status", equalTo("ANSWERED"));
        post(supervisor, "/sessions/" + citySession + "/decisions", "{\"caseNumber\":\"" + hengqinCase
                + "\",\"outcome\":\"TIME_LIMIT_SET\",\"unit\":\"zrzy\",\"committedDate\":\"2099-05-31\"}").statusCode(200);
        Platform.gatewayAs(supervisor).get("/api/appeals/appeals/" + hengqinCase).then().body("dueDate", equalTo("2099-05-31"));
        Platform.gatewayAs(Tokens.forUser("admin")).queryParam("date", day.minusDays(1).toString())
                .post("/api/notifications/admin/reminders/run").then().statusCode(200);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() ->
                org.reformhub.kernel.testing.Mailbox.count(enterpriseMail, "明天召开") == 1);

        // the figures: the city with every district side by side; a district office its own
        String month = YearMonth.now(CityTime.ZONE).toString();
        Platform.gatewayAs(supervisor).get("/api/appeals/monthly-reports/" + month).then().statusCode(200)
                .body("byDistrict", hasKey("横琴")).body("byDistrict", hasKey("香洲")).body("byDistrict", hasKey("斗门"));
        Platform.gatewayAs(hengqin).get("/api/appeals/monthly-reports/" + month).then().statusCode(200)
                .body("byDistrict", hasKey("横琴")).body("byDistrict", not(hasKey("香洲")));

        // 回访: the office records the enterprise's rating of the answer on a telephone follow-up
        post(Tokens.department("zrzy"), "/appeals/" + hengqinCase + "/answer", "{\"outcome\":\"RESOLVED\",\"answer\":\"已办结\"}")
                .statusCode(200);
        post(hengqin, "/appeals/" + hengqinCase + "/follow-up-rating",
                "{\"score\":5,\"channel\":\"PHONE\",\"calledBy\":\"横琴营商办 王五\"}").statusCode(403); // taken up by the city
        post(supervisor, "/appeals/" + hengqinCase + "/follow-up-rating",
                "{\"score\":5,\"channel\":\"PHONE\",\"calledBy\":\"营商办 王五\"}").statusCode(200)
                .body("ratingSource", equalTo("FOLLOW_UP")).body("status", equalTo("CLOSED"));
    }
}
