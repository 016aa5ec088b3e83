package org.reformhub.appeals.district;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import org.reformhub.kernel.testing.Tokens;
import org.reformhub.appeals.appeal.AppealChannelTest;
import org.reformhub.kernel.city.CityTime;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/**
 * 县区: districts as reference data (code, full name or short name accepted), district offices that see and
 * handle their own district only (403 for another's case and for none alike), the city handing a case down or taking
 * it up, sessions by level on the same day, figures side by side, and the office's follow-up rating (回访).
 */
@QuarkusTest
public class DistrictOfficesTest {

    /** A fresh district for a test that needs its own (short name {@code prefix} + digits), made by the admin. */
    public static String newDistrict(String prefix) {
        int n = ThreadLocalRandom.current().nextInt(100000, 999999);
        String shortName = prefix + n;
        given().auth().oauth2(Tokens.forUser("admin")).contentType(ContentType.JSON)
                .body("{\"name\":\"" + shortName + "区\",\"shortName\":\"" + shortName + "\"}")
                .put("/api/appeals/admin/districts/t" + n).then().statusCode(200).body("code", equalTo("t" + n));
        return shortName;
    }

    private static ValidatableResponse post(String token, String path, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/appeals" + path).then();
    }

    private static String file(String district) {
        return post(Tokens.forUser("enterprise-a"), "/appeals", AppealChannelTest.filing("")
                .replace("\"横琴\"", "\"" + district + "\"")).statusCode(201).extract().path("caseNumber");
    }

    @Test
    void a_district_is_named_by_its_code_its_full_name_or_its_short_name() {
        given().get("/api/appeals/districts").then().statusCode(200)
                .body("items.code", hasItem("hengqin")).body("items.shortName", hasItem("香洲"));
        for (String given : List.of("hengqin", "横琴粤澳深度合作区", "横琴", " 横琴 ")) {
            String caseNumber = file(given);
            given().auth().oauth2(Tokens.supervisor()).get("/api/appeals/appeals/" + caseNumber).then().statusCode(200)
                    .body("district", equalTo("hengqin")).body("districtName", equalTo("横琴"));
        }
        given().get("/api/appeals/districts/香洲区").then().statusCode(200).body("code", equalTo("xiangzhou"));
        given().get("/api/appeals/districts/nowhere").then().statusCode(404);
        // an unknown district: 422 beside the field when filing, 400 naming the filter in a search; nothing filed
        post(Tokens.forUser("enterprise-a"), "/appeals", AppealChannelTest.filing("").replace("\"横琴\"", "\"火星\""))
                .statusCode(422).body("type", containsString("unknown-district"))
                .body("errors[0].field", equalTo("district")).body("detail", containsString("火星"));
        given().auth().oauth2(Tokens.supervisor()).queryParam("district", "火星").get("/api/appeals/appeals").then()
                .statusCode(400).body("errors[0].field", equalTo("district"));
        given().auth().oauth2(Tokens.supervisor()).queryParam("district", "横琴").queryParam("limit", 5)
                .get("/api/appeals/appeals").then().statusCode(200).body("items.district", everyItem(equalTo("hengqin")));
    }

    @Test
    void the_administrator_keeps_the_districts_and_nobody_else_does() {
        String shortName = newDistrict("测试");
        String code = given().get("/api/appeals/districts/" + shortName).then().statusCode(200).extract().path("code");
        String admin = Tokens.forUser("admin");
        // a short name another district goes by is refused beside its field, and changes nothing
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"name\":\"新区名\",\"shortName\":\"横琴\"}")
                .put("/api/appeals/admin/districts/" + code).then().statusCode(409)
                .body("errors[0].field", equalTo("shortName"));
        given().get("/api/appeals/districts/" + code).then().body("shortName", equalTo(shortName));
        given().auth().oauth2(Tokens.supervisor()).contentType(ContentType.JSON).body("{\"name\":\"x\",\"shortName\":\"y\"}")
                .put("/api/appeals/admin/districts/" + code).then().statusCode(403);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"name\":\"\",\"shortName\":\"y\"}")
                .put("/api/appeals/admin/districts/" + code).then().statusCode(400).body("errors[0].field", containsString("name"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"name\":\"x\",\"shortName\":\"y\"}")
                .put("/api/appeals/admin/districts/Bad Code").then().statusCode(400);
        // retired: no new case names it, the list still shows it
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body("{\"name\":\"" + shortName + "区\",\"shortName\":\"" + shortName + "\",\"active\":false}")
                .put("/api/appeals/admin/districts/" + code).then().statusCode(200).body("active", equalTo(false));
        post(Tokens.forUser("enterprise-a"), "/appeals", AppealChannelTest.filing("").replace("\"横琴\"", "\"" + shortName + "\""))
                .statusCode(422).body("errors[0].field", equalTo("district"));
    }

    @Test
    void a_district_office_sees_and_handles_its_own_district_only() {
        String hengqinCase = file("横琴");
        String xiangzhouCase = file("香洲");
        String hengqin = Tokens.forUser("hengqin-office");
        // its list holds its district's cases only; asking for another district is refused
        given().auth().oauth2(hengqin).queryParam("limit", 50).get("/api/appeals/appeals").then().statusCode(200)
                .body("items.district", everyItem(equalTo("hengqin"))).body("items.caseNumber", hasItem(hengqinCase));
        given().auth().oauth2(hengqin).queryParam("district", "香洲").get("/api/appeals/appeals").then().statusCode(403);
        // another district's case and a case that does not exist get the same answer: nothing about either
        String other = given().auth().oauth2(hengqin).get("/api/appeals/appeals/" + xiangzhouCase).then().statusCode(403)
                .extract().path("detail");
        String none = given().auth().oauth2(hengqin).get("/api/appeals/appeals/ZTC-209901-99999").then().statusCode(403)
                .extract().path("detail");
        org.junit.jupiter.api.Assertions.assertEquals(other, none);
        org.junit.jupiter.api.Assertions.assertFalse(other.contains(xiangzhouCase));
        post(hengqin, "/appeals/" + xiangzhouCase + "/accept", "{}").statusCode(403);
        given().auth().oauth2(hengqin).get("/api/appeals/appeals/" + xiangzhouCase + "/notes").then().statusCode(403);
        // its own: accepted and assigned as the city office would
        post(hengqin, "/appeals/" + hengqinCase + "/accept", "{}").statusCode(200).body("status", equalTo("ACCEPTED"));
        post(hengqin, "/appeals/" + hengqinCase + "/assign", "{\"leadUnit\":\"zrzy\"}").statusCode(200)
                .body("status", equalTo("ASSIGNED"));
        // a district office files (a hotline call) for its own district, not for another
        String staffFiling = AppealChannelTest.filing(",\"uscc\":\"91440400617881127C\",\"channel\":\"HOTLINE_12345\"");
        post(hengqin, "/appeals", staffFiling).statusCode(201).body("district", equalTo("hengqin"));
        post(hengqin, "/appeals", staffFiling.replace("\"横琴\"", "\"香洲\"")).statusCode(403);
        // the city office sees both
        given().auth().oauth2(Tokens.supervisor()).get("/api/appeals/appeals/" + xiangzhouCase).then().statusCode(200);
    }

    @Test
    void the_city_office_hands_a_case_to_a_district_or_takes_it_up() {
        String caseNumber = file("香洲");
        String supervisor = Tokens.supervisor();
        String hengqin = Tokens.forUser("hengqin-office");
        given().auth().oauth2(hengqin).get("/api/appeals/appeals/" + caseNumber).then().statusCode(403);
        // filed in the wrong district: the city hands it to 横琴, whose office now has it
        post(supervisor, "/appeals/" + caseNumber + "/hand-to-district", "{\"district\":\"火星\"}").statusCode(422)
                .body("errors[0].field", equalTo("district"));
        post(supervisor, "/appeals/" + caseNumber + "/hand-to-district", "{\"district\":\"横琴\",\"reason\":\"企业实际位于横琴\"}")
                .statusCode(200).body("district", equalTo("hengqin")).body("history[-1].action", equalTo("LEVEL_CHANGED"))
                .body("history[-1].note", containsString("横琴"));
        post(hengqin, "/appeals/" + caseNumber + "/accept", "{}").statusCode(200);
        // only the city hands down or takes up
        post(hengqin, "/appeals/" + caseNumber + "/take-up", "{}").statusCode(403);
        post(Tokens.forUser("xiangzhou-office"), "/appeals/" + caseNumber + "/hand-to-district", "{\"district\":\"香洲\"}")
                .statusCode(403);
        // taken up: the district's office still reads it but no longer handles it
        post(supervisor, "/appeals/" + caseNumber + "/take-up", "{\"reason\":\"涉及多个县区\"}").statusCode(200)
                .body("cityHandles", equalTo(true));
        given().auth().oauth2(hengqin).get("/api/appeals/appeals/" + caseNumber).then().statusCode(200);
        post(hengqin, "/appeals/" + caseNumber + "/assign", "{\"leadUnit\":\"zrzy\"}").statusCode(403)
                .body("detail", containsString("提级"));
        post(supervisor, "/appeals/" + caseNumber + "/assign", "{\"leadUnit\":\"zrzy\"}").statusCode(200);
    }

    @Test
    void monthly_sessions_run_on_the_same_day_at_every_level_and_a_district_plans_its_own() {
        String one = newDistrict("同步");
        String two = newDistrict("同步");
        LocalDate day = LocalDate.of(2098, 1 + ThreadLocalRandom.current().nextInt(12), 10);
        String supervisor = Tokens.supervisor();
        String body = "{\"heldOn\":\"%s\",\"level\":\"%s\",\"monthly\":true,\"title\":\"每月面对面\",\"hosts\":[\"区长\"]}";
        post(supervisor, "/sessions", body.formatted(day, one)).statusCode(201).body("monthly", equalTo(true))
                .body("levelName", equalTo(one));
        post(supervisor, "/sessions", body.formatted(day.plusDays(1), two)).statusCode(422)
                .body("detail", containsString(one)).body("detail", containsString(day.toString()));
        post(supervisor, "/sessions", body.formatted(day, two)).statusCode(201);
        // a special (not monthly) session may be held any day
        post(supervisor, "/sessions", body.replace("\"monthly\":true", "\"monthly\":false").formatted(day.plusDays(3), two))
                .statusCode(201);
        post(supervisor, "/sessions", body.formatted(day, "火星")).statusCode(422).body("errors[0].field", equalTo("level"));

        // a district office plans and lists its own level only
        String hengqin = Tokens.forUser("hengqin-office");
        String own = post(hengqin, "/sessions", body.replace("\"monthly\":true", "\"monthly\":false")
                .formatted(CityTime.today(), "横琴")).statusCode(201)
                .body("level", equalTo("hengqin")).extract().path("id");
        post(hengqin, "/sessions", body.formatted(day, "香洲")).statusCode(403);
        given().auth().oauth2(hengqin).get("/api/appeals/sessions").then().statusCode(200)
                .body("items.level", everyItem(equalTo("hengqin"))).body("items.id", hasItem(own));
        String xiangzhou = Tokens.forUser("xiangzhou-office");
        given().auth().oauth2(xiangzhou).get("/api/appeals/sessions/" + own).then().statusCode(403);
        given().auth().oauth2(xiangzhou).get("/api/appeals/sessions/" + java.util.UUID.randomUUID()).then().statusCode(403);
        given().auth().oauth2(supervisor).get("/api/appeals/sessions/" + own).then().statusCode(200);
    }

    @Test
    void figures_show_the_city_and_every_district_side_by_side_and_a_district_its_own() {
        file("横琴");
        String month = java.time.YearMonth.now(CityTime.ZONE).toString();
        given().auth().oauth2(Tokens.supervisor()).get("/api/appeals/monthly-reports/" + month).then().statusCode(200)
                .body("byDistrict", hasKey("横琴")).body("byDistrict", hasKey("香洲"))
                .body("byDistrict.横琴.received", notNullValue());
        given().auth().oauth2(Tokens.supervisor()).queryParam("district", "横琴").get("/api/appeals/assessment").then()
                .statusCode(200).body("district", equalTo("hengqin"));
        String hengqin = Tokens.forUser("hengqin-office");
        given().auth().oauth2(hengqin).get("/api/appeals/monthly-reports/" + month).then().statusCode(200)
                .body("district", equalTo("hengqin")).body("byDistrict", hasKey("横琴"))
                .body("byDistrict", not(hasKey("香洲")));
        given().auth().oauth2(hengqin).queryParam("district", "香洲").get("/api/appeals/assessment").then().statusCode(403);
        given().auth().oauth2(hengqin).get("/api/appeals/assessment.xlsx").then().statusCode(200);
    }

    @Test
    void the_office_records_a_follow_up_rating_and_the_enterprise_s_own_rating_stands() {
        String supervisor = Tokens.supervisor();
        String zrzy = Tokens.department("zrzy");
        String rating = "{\"score\":%d,\"channel\":\"PHONE\",\"comment\":\"电话回访，企业表示满意\",\"calledBy\":\"王五\"}";
        // followed up: 4 points (满意) closes the case, the way it was obtained is on the case and in the assessment
        String followedUp = answered(supervisor, zrzy);
        post(supervisor, "/appeals/" + followedUp + "/follow-up-rating", rating.formatted(9)).statusCode(400)
                .body("errors[0].field", containsString("score"));
        post(supervisor, "/appeals/" + followedUp + "/follow-up-rating", "{\"score\":4,\"channel\":\"FAX\",\"calledBy\":\"王五\"}")
                .statusCode(400);
        post(Tokens.forUser("enterprise-a"), "/appeals/" + followedUp + "/follow-up-rating", rating.formatted(4)).statusCode(403);
        post(supervisor, "/appeals/" + followedUp + "/follow-up-rating", rating.formatted(4)).statusCode(200)
                .body("status", equalTo("CLOSED")).body("rating", equalTo("SATISFIED"))
                .body("ratingSource", equalTo("FOLLOW_UP")).body("followUpBy", equalTo("王五"))
                .body("history.find { it.action == 'RATED' }.note", containsString("电话回访"));
        post(supervisor, "/appeals/" + followedUp + "/follow-up-rating", rating.formatted(5)).statusCode(409);
        // the enterprise's own word, given afterwards, stands over the follow-up
        post(Tokens.forUser("enterprise-a"), "/appeals/" + followedUp + "/rate", "{\"rating\":\"VERY_SATISFIED\"}")
                .statusCode(200).body("rating", equalTo("VERY_SATISFIED")).body("ratingSource", equalTo("ENTERPRISE"));
        // rated by the enterprise first: a follow-up changes nothing
        String selfRated = answered(supervisor, zrzy);
        post(Tokens.forUser("enterprise-a"), "/appeals/" + selfRated + "/rate", "{\"rating\":\"SATISFIED\"}").statusCode(200);
        post(supervisor, "/appeals/" + selfRated + "/follow-up-rating", rating.formatted(1)).statusCode(409)
                .body("type", containsString("already-rated"));
        given().auth().oauth2(supervisor).get("/api/appeals/appeals/" + selfRated).then()
                .body("rating", equalTo("SATISFIED")).body("status", equalTo("CLOSED"));
        // a dissatisfied follow-up reopens the case for rectification
        String dissatisfied = answered(supervisor, zrzy);
        post(supervisor, "/appeals/" + dissatisfied + "/follow-up-rating", rating.formatted(2)).statusCode(200)
                .body("status", equalTo("REOPENED")).body("rating", equalTo("DISSATISFIED"));
        // the assessment counts how the ratings were obtained
        given().auth().oauth2(supervisor).get("/api/appeals/assessment").then().statusCode(200)
                .body("units.find { it.unit == 'zrzy' }.ratedOnFollowUp", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                .body("units.find { it.unit == 'zrzy' }.ratedByEnterprise", org.hamcrest.Matchers.greaterThanOrEqualTo(2));
    }

    @Test
    void search_finds_chinese_words_in_the_description_and_pages_with_a_total() {
        // a word made of characters no other test uses, so the count is this test's own
        String word = "鲲鹏" + (char) ('甲' + ThreadLocalRandom.current().nextInt(20)) + (char) ('子' + ThreadLocalRandom.current().nextInt(20));
        for (int i = 0; i < 3; i++) {
            post(Tokens.forUser("enterprise-a"), "/appeals", AppealChannelTest.filing("")
                    .replace("材料反复补正", "项目" + word + "审批材料反复补正")).statusCode(201);
        }
        post(Tokens.supervisor(), "/appeals", AppealChannelTest.filing(",\"uscc\":\"91440400617881127C\",\"channel\":\"HOTLINE_12345\"")
                .replace("材料反复补正", "热线反映" + word)).statusCode(201);
        String supervisor = Tokens.supervisor();
        given().auth().oauth2(supervisor).queryParam("q", word).queryParam("district", "横琴").queryParam("page", 0)
                .queryParam("size", 2).get("/api/appeals/appeals").then().statusCode(200)
                .body("total", equalTo(4)).body("page", equalTo(0)).body("size", equalTo(2)).body("items.size()", equalTo(2));
        given().auth().oauth2(supervisor).queryParam("q", word).queryParam("page", 1).queryParam("size", 2)
                .get("/api/appeals/appeals").then().statusCode(200).body("items.size()", equalTo(2)).body("page", equalTo(1));
        given().auth().oauth2(supervisor).queryParam("q", word).queryParam("channel", "HOTLINE_12345")
                .get("/api/appeals/appeals").then().body("total", equalTo(1));
        String today = CityTime.today().toString();
        given().auth().oauth2(supervisor).queryParam("q", word).queryParam("filedFrom", today).queryParam("filedTo", today)
                .get("/api/appeals/appeals").then().body("total", equalTo(4));
        given().auth().oauth2(supervisor).queryParam("q", word).queryParam("filedFrom", LocalDate.parse(today).plusDays(1).toString())
                .get("/api/appeals/appeals").then().body("total", equalTo(0));
        // the words in another order are other words; an enterprise searches its own cases only
        given().auth().oauth2(supervisor).queryParam("q", new StringBuilder(word).reverse().toString())
                .get("/api/appeals/appeals").then().body("total", equalTo(0));
        given().auth().oauth2(Tokens.forUser("enterprise-a")).queryParam("q", word).get("/api/appeals/appeals").then()
                .body("total", equalTo(3));
        // bad parameters are named and change nothing
        for (String[] bad : new String[][] {{"channel", "FAX"}, {"filedFrom", "2026-13-01"}, {"page", "-1"}, {"size", "0"}}) {
            given().auth().oauth2(supervisor).queryParam(bad[0], bad[1]).get("/api/appeals/appeals").then().statusCode(400)
                    .body(containsString(bad[0]));
        }
    }

    private static String answered(String supervisor, String unit) {
        String caseNumber = file("横琴");
        post(supervisor, "/appeals/" + caseNumber + "/accept", "{}").statusCode(200);
        post(supervisor, "/appeals/" + caseNumber + "/assign", "{\"leadUnit\":\"zrzy\"}").statusCode(200);
        post(unit, "/appeals/" + caseNumber + "/answer", "{\"outcome\":\"RESOLVED\",\"answer\":\"已办结\"}").statusCode(200);
        return caseNumber;
    }
}
