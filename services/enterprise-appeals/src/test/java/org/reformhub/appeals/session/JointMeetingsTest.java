package org.reformhub.appeals.session;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import org.reformhub.kernel.testing.EventContracts;
import org.reformhub.kernel.testing.Tokens;
import org.reformhub.appeals.appeal.SessionsReportsAndLinksTest;
import org.reformhub.appeals.district.DistrictOfficesTest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 联席会议: a session invites the enterprises of its agenda and the handling units (announced, with date, place and
 * cases), records who came, decides each case — solved, a time limit set (the case's new due date), escalated (the
 * city takes it up and supervises it) — and its minutes and held event say so.
 */
@QuarkusTest
class JointMeetingsTest {

    @Inject
    EntityManager entityManager;

    private static ValidatableResponse post(String token, String path, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/appeals" + path).then();
    }

    @Test
    void a_session_invites_records_attendance_and_decides_each_case_with_its_outcome() throws Exception {
        String district = DistrictOfficesTest.newDistrict("联席");
        String solved = SessionsReportsAndLinksTest.file(district, "厂房租金补贴未兑现", "申请已三个月");
        String limited = SessionsReportsAndLinksTest.file(district, "用地指标", "项目用地待落实");
        String escalated = SessionsReportsAndLinksTest.file(district, "跨区管线迁改", "涉及两个区");
        String supervisor = Tokens.supervisor();
        post(supervisor, "/appeals/" + limited + "/accept", "{}").statusCode(200);
        post(supervisor, "/appeals/" + limited + "/assign", "{\"leadUnit\":\"zrzy\"}").statusCode(200);
        String session = post(supervisor, "/sessions", """
                {"heldOn":"%s","level":"%s","title":"联席会议","hosts":["区长"],"units":["fgj"]}"""
                .formatted(LocalDate.now().plusDays(1), district)).statusCode(201).extract().path("id");

        // no place yet: refused, nothing sent
        post(supervisor, "/sessions/" + session + "/invitations", "{}").statusCode(422);
        post(supervisor, "/sessions/" + session + "/invitations", "{\"place\":\"" + "x".repeat(201) + "\"}")
                .statusCode(400);
        given().auth().oauth2(supervisor).contentType(ContentType.JSON).body("{\"present\":[\"zrzy\"]}")
                .put("/api/appeals/sessions/" + session + "/attendance").then().statusCode(422);
        post(supervisor, "/sessions/" + session + "/invitations", "{\"place\":\"区政务服务中心 301 会议室\"}").statusCode(200)
                .body("place", equalTo("区政务服务中心 301 会议室"))
                .body("invitees.ref", hasItems("91440400MA4UH1234T", "zrzy", "fgj"))
                .body("invitees.find { it.ref == '91440400MA4UH1234T' }.cases", hasItems(solved, limited, escalated));
        List<String> invited = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select envelope from outbox_event where aggregate_id = :s and event_type = 'reform.appeals.session.invited.v1'",
                String.class).setParameter("s", session).getResultList());
        assertEquals(1, invited.size());
        assertTrue(invited.get(0).contains("区政务服务中心 301 会议室") && !invited.get(0).contains("0756-1234567"),
                "date, place and cases, never a contact");
        EventContracts.assertConform(invited);

        // attendance: who came; someone not invited is refused beside the field and changes nothing
        given().auth().oauth2(supervisor).contentType(ContentType.JSON).body("{\"present\":[\"nobody\"]}")
                .put("/api/appeals/sessions/" + session + "/attendance").then().statusCode(422)
                .body("errors[0].field", equalTo("present"));
        given().auth().oauth2(supervisor).contentType(ContentType.JSON).body("{\"present\":[\"91440400MA4UH1234T\",\"zrzy\"]}")
                .put("/api/appeals/sessions/" + session + "/attendance").then().statusCode(200)
                .body("invitees.find { it.ref == 'zrzy' }.attended", equalTo(true))
                .body("invitees.find { it.ref == 'fgj' }.attended", equalTo(false));

        // the outcomes: solved on the spot, a time limit (the case's due date), escalated (needs the matter)
        post(supervisor, "/sessions/" + session + "/decisions", "{\"caseNumber\":\"" + solved
                + "\",\"outcome\":\"SOLVED_ON_SPOT\",\"unit\":\"zrzy\",\"note\":\"现场明确补贴发放时间\"}").statusCode(200);
        post(supervisor, "/sessions/" + session + "/decisions", "{\"caseNumber\":\"" + limited
                + "\",\"outcome\":\"TIME_LIMIT_SET\",\"unit\":\"zrzy\",\"committedDate\":\"2099-03-31\"}").statusCode(200);
        given().auth().oauth2(supervisor).get("/api/appeals/appeals/" + limited).then().body("dueDate", equalTo("2099-03-31"));
        post(supervisor, "/sessions/" + session + "/decisions", "{\"caseNumber\":\"" + escalated
                + "\",\"outcome\":\"ESCALATED\"}").statusCode(422);
        post(supervisor, "/sessions/" + session + "/decisions", "{\"caseNumber\":\"" + escalated
                + "\",\"outcome\":\"ESCALATED\",\"note\":\"需市住建局协调两区管线\"}").statusCode(200);
        given().auth().oauth2(supervisor).get("/api/appeals/appeals/" + escalated).then()
                .body("cityHandles", equalTo(true)).body("supervised", equalTo(true))
                .body("history[-1].note", containsString("提请上级协调"));
        post(supervisor, "/sessions/" + session + "/close", "{\"summary\":\"三件均已议定\"}").statusCode(200);
        List<String> held = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select envelope from outbox_event where aggregate_id = :s and event_type = 'reform.appeals.session.held.v1'",
                String.class).setParameter("s", session).getResultList());
        assertTrue(held.get(0).contains("\"escalated\":1") && held.get(0).contains("\"attended\":2"), held.get(0));
        EventContracts.assertConform(held);
        byte[] minutes = given().auth().oauth2(supervisor).get("/api/appeals/sessions/" + session + "/minutes.docx").then()
                .statusCode(200).extract().asByteArray();
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(minutes))) {
            String text = document.getTables().get(1).getText();
            assertTrue(text.contains("到会") && text.contains("未到会"), text);
        }
        given().auth().oauth2(supervisor).get("/api/appeals/sessions/" + session).then().body("agenda.outcome",
                hasItem("ESCALATED"));
    }
}
