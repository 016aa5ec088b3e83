package org.reformhub.appeals.appeal;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import org.reformhub.kernel.testing.EventContracts;
import org.reformhub.kernel.testing.Tokens;

/**
 * The contact an enterprise gives when filing — online, or through staff recording a 12345 call for an enterprise
 * without an account — leaves the service once, in its own event, keyed and ordered before the case's filing; the
 * case's steps never carry it (decision 0019).
 */
@QuarkusTest
class ContactEventTest {

    @Inject
    EntityManager entityManager;

    @SuppressWarnings("unchecked")
    private List<Object[]> outbox(String caseNumber) {
        return QuarkusTransaction.requiringNew().call(() -> (List<Object[]>) entityManager.createNativeQuery(
                "select event_type, envelope from outbox_event where aggregate_id = :c order by seq")
                .setParameter("c", caseNumber).getResultList());
    }

    @Test
    void a_staff_recorded_hotline_case_publishes_the_enterprises_contact_once_just_before_its_filing() {
        String caseNumber = given().auth().oauth2(Tokens.supervisor()).contentType(ContentType.JSON).body("""
                        {"uscc":"91440400617881127C","enterpriseName":"热线示例企业","contactPerson":"赵六",
                         "phone":"138 0013 8000","email":"zhaoliu@example.com","category":"approval","title":"园区停车难",
                         "description":"园区停车位不足","district":"香洲","channel":"HOTLINE_12345"}""")
                .post("/api/appeals/appeals").then().statusCode(201).extract().path("caseNumber");
        given().auth().oauth2(Tokens.supervisor()).post("/api/appeals/appeals/" + caseNumber + "/accept").then().statusCode(200);

        List<Object[]> events = outbox(caseNumber);
        assertEquals(List.of("reform.appeals.appeal-contact.recorded.v1", "reform.appeals.appeal.filed.v1",
                "reform.appeals.appeal.accepted.v1"), events.stream().map(e -> (String) e[0]).toList());
        String contact = (String) events.get(0)[1];
        assertTrue(contact.contains("\"contactPerson\":\"赵六\"") && contact.contains("\"phone\":\"138 0013 8000\"")
                && contact.contains("\"email\":\"zhaoliu@example.com\"") && contact.contains("\"channel\":\"HOTLINE_12345\""),
                contact);
        for (Object[] step : events.subList(1, events.size())) {
            assertFalse(((String) step[1]).contains("138 0013 8000") || ((String) step[1]).contains("zhaoliu@"),
                    "a step carries no contact");
        }
        EventContracts.assertConform(events.stream().map(e -> (String) e[1]).toList());
    }
}
