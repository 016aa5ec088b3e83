package org.reformhub.appeals.note;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import org.reformhub.appeals.appeal.SessionsReportsAndLinksTest;
import org.reformhub.kernel.testing.Tokens;

/**
 * 内部备注 and 答复模板 against the real database and tokens: notes are for the office and the case's units, never
 * the enterprise (not even in the case it reads); templates are read by the units and kept by the office; every
 * bad request is refused with a problem and changes nothing.
 */
@QuarkusTest
class NotesAndReplyTemplatesTest {

    private static ValidatableResponse post(String token, String path, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/appeals" + path).then();
    }

    @Test
    void notes_are_kept_between_the_office_and_the_units_working_on_the_case() {
        String caseNumber = SessionsReportsAndLinksTest.file("横琴", "厂房用地手续", "需要补充材料");
        String supervisor = Tokens.supervisor();
        String notes = "/appeals/" + caseNumber + "/notes";
        post(supervisor, "/appeals/" + caseNumber + "/accept", "{}").statusCode(200);
        post(supervisor, "/appeals/" + caseNumber + "/assign", "{\"leadUnit\":\"zrzy\"}").statusCode(200);

        post(supervisor, notes, "{\"body\":\"  已电话联系企业，材料下周补齐  \"}").statusCode(201)
                .body("body", equalTo("已电话联系企业，材料下周补齐")).body("author", equalTo("supervisor"));
        post(Tokens.department("zrzy"), notes, "{\"body\":\"用地指标需市里统筹\"}").statusCode(201)
                .body("authorDept", equalTo("zrzy"));
        given().auth().oauth2(Tokens.department("zrzy")).get("/api/appeals" + notes).then().statusCode(200)
                .body("items", hasSize(2)).body("items[0].body", equalTo("已电话联系企业，材料下周补齐"));

        // the enterprise reads its case but never a note; a unit not on the case does not find it
        given().auth().oauth2(Tokens.forUser("enterprise-a")).get("/api/appeals" + notes).then().statusCode(403);
        post(Tokens.forUser("enterprise-a"), notes, "{\"body\":\"x\"}").statusCode(403);
        given().auth().oauth2(Tokens.forUser("enterprise-a")).get("/api/appeals/appeals/" + caseNumber).then().statusCode(200)
                .body(not(containsString("市里统筹")));
        given().auth().oauth2(Tokens.department("zwsj")).get("/api/appeals" + notes).then().statusCode(404);

        // bad input: refused with the field named, nothing written
        post(supervisor, notes, "{\"body\":\"   \"}").statusCode(400).body("errors[0].field", equalTo("body"));
        post(supervisor, notes, "{\"body\":\"" + "长".repeat(4001) + "\"}").statusCode(400);
        post(supervisor, notes, "not json").statusCode(400);
        post(supervisor, "/appeals/ZTC-000000-00000/notes", "{\"body\":\"x\"}").statusCode(404);
        given().auth().oauth2(supervisor).get("/api/appeals" + notes).then().body("items", hasSize(2));
    }

    @Test
    void the_office_keeps_reply_templates_per_category_and_units_read_them() {
        String supervisor = Tokens.supervisor();
        String templates = "/categories/approval/reply-templates";
        String id = post(supervisor, templates, "{\"title\":\"已办结\",\"body\":\"您反映的许可事项已办结，可在政务服务网查询。\"}")
                .statusCode(201).body("category", equalTo("approval")).extract().path("id");
        given().auth().oauth2(Tokens.department("zwsj")).get("/api/appeals" + templates).then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.title", equalTo("已办结"));
        given().auth().oauth2(supervisor).contentType(ContentType.JSON)
                .body("{\"title\":\"已办结（含查询方式）\",\"body\":\"已办结。\"}").put("/api/appeals" + templates + "/" + id)
                .then().statusCode(200).body("title", equalTo("已办结（含查询方式）")).body("updatedBy", equalTo("supervisor"));

        // units read but do not write; enterprises do neither
        post(Tokens.department("zwsj"), templates, "{\"title\":\"x\",\"body\":\"y\"}").statusCode(403);
        given().auth().oauth2(Tokens.forUser("enterprise-a")).get("/api/appeals" + templates).then().statusCode(403);
        // bad input and unknown things
        post(supervisor, templates, "{\"title\":\"\",\"body\":\"y\"}").statusCode(400).body("errors[0].field", equalTo("title"));
        post(supervisor, "/categories/no-such/reply-templates", "{\"title\":\"x\",\"body\":\"y\"}").statusCode(404);
        post(supervisor, "/categories/BAD!/reply-templates", "{\"title\":\"x\",\"body\":\"y\"}").statusCode(400);
        given().auth().oauth2(supervisor).delete("/api/appeals/categories/land/reply-templates/" + id).then().statusCode(404);
        given().auth().oauth2(supervisor).delete("/api/appeals" + templates + "/not-a-uuid").then().statusCode(404);

        given().auth().oauth2(supervisor).delete("/api/appeals" + templates + "/" + id).then().statusCode(204);
        given().auth().oauth2(supervisor).get("/api/appeals" + templates).then()
                .body("items.findAll { it.id == '" + id + "' }", hasSize(0));
    }
}
