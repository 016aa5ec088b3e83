package org.reformhub.warehouse.load;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import org.reformhub.kernel.testing.Tokens;
import org.reformhub.warehouse.testing.Events;
import org.reformhub.warehouse.testing.Warehouse;
import org.reformhub.warehouse.testing.WarehouseTopics;

/**
 * The loader against the real PostgreSQL and Kafka, on topics of this run: what each kind of event becomes, that the
 * load is idempotent, tolerant and order-independent, and that a rebuild from offset 0 gives identical tables.
 */
@QuarkusTest
@QuarkusTestResource(WarehouseTopics.class)
class WarehouseLoadTest {

    @Inject
    DataSource dataSource;

    private static String caseNumber() {
        return "ZTC-2099%02d-%05d".formatted(ThreadLocalRandom.current().nextInt(1, 13),
                ThreadLocalRandom.current().nextInt(100000));
    }

    private static ObjectNode appealEvent(String type, String caseNumber, long version) {
        ObjectNode event = Events.example(type);
        Events.set(event, "subject", caseNumber);
        Events.set(event, "data.appeal.caseNumber", caseNumber);
        return Events.set(event, "data.appeal.version", version);
    }

    @Test
    void a_case_is_one_row_in_its_newest_state_with_every_stage_and_its_rating_a_fact() {
        String number = caseNumber();
        ObjectNode filed = appealEvent("reform.appeals.appeal.filed.v1", number, 1);
        ObjectNode rated = appealEvent("reform.appeals.appeal.rated.v1", number, 6);
        // the newest first: a case keeps its newest version whatever order its events are read in
        Events.publish(rated);
        Warehouse.awaitCaughtUp();
        Events.publish(filed);
        Warehouse.awaitCaughtUp();

        Map<String, Object> appeal = Warehouse.row(dataSource, "select * from fact_appeal where case_number = ?", number);
        assertEquals(6L, appeal.get("version"));
        assertEquals("CLOSED", appeal.get("status"));
        assertEquals("zrzy", appeal.get("lead_unit"));
        assertEquals(Boolean.TRUE, appeal.get("answered_on_time"));
        assertEquals(4, ((Number) appeal.get("rating_score")).intValue());
        assertEquals(20261128, appeal.get("filed_date_key"));
        for (String stage : List.of("filed_at", "accepted_at", "assigned_at", "answered_at", "rated_at", "closed_at")) {
            assertTrue(appeal.get(stage) != null, stage);
        }
        Map<String, Object> rating = Warehouse.row(dataSource, "select * from fact_appeal_rating where case_number = ?",
                number);
        assertEquals("SATISFIED", rating.get("rating"));
        assertEquals(Boolean.TRUE, rating.get("satisfied"));
        assertEquals("land", rating.get("category_code"));
        assertEquals(1, Warehouse.rows(dataSource, "select 1 from dim_appeal_category where category_code = 'land'").size());
        assertEquals(1, Warehouse.rows(dataSource, "select 1 from dim_department where dept_code = 'zwsj'").size());
    }

    @Test
    void measures_reports_and_status_changes_load_with_their_programme_and_departments() {
        String programme = "wh-" + UUID.randomUUID().toString().substring(0, 8);
        String dept = "whd-" + UUID.randomUUID().toString().substring(0, 6);
        ObjectNode created = Events.example("reform.registry.programme.created.v1");
        Events.set(created, "subject", "programme:" + programme);
        Events.set(created, "data.programme.code", programme);
        ObjectNode measure = Events.example("reform.registry.measure.created.v1");
        Events.set(measure, "subject", programme + "/1-01");
        Events.set(measure, "data.measure.programme", programme);
        Events.set(measure, "data.measure.code", "1-01");
        Events.set(measure, "data.measure.deadline", Events.JSON.createObjectNode().put("kind", "DATE").put("date", "2020-12-31"));
        ArrayNode leads = Events.JSON.createArrayNode();
        leads.addObject().put("code", dept).put("name", "仓库测试局");
        Events.set(measure, "data.measure.leadUnits", leads);
        ObjectNode status = Events.example("reform.progress.measure.status-changed.v1");
        Events.set(status, "subject", programme + "/1-01");
        Events.set(status, "data.measure.programme", programme);
        Events.set(status, "data.measure.code", "1-01");
        Events.set(status, "data.status", "IN_PROGRESS");
        ObjectNode report = Events.example("reform.progress.report.approved.v1");
        Events.set(report, "subject", programme + "/1-01");
        Events.set(report, "data.report.id", UUID.randomUUID().toString());
        Events.set(report, "data.report.programme", programme);
        Events.set(report, "data.report.code", "1-01");
        Events.set(report, "data.report.dept", dept);
        ObjectNode kpi = Events.example("reform.progress.kpi.recorded.v1");
        Events.set(kpi, "data.measure.programme", programme);
        ObjectNode missing = Events.example("reform.progress.report.missing.v1");
        Events.set(missing, "data.programme", programme);
        Events.set(missing, "data.dept", dept);

        Events.publish(created, measure, status, report, kpi, missing);
        Warehouse.awaitCaughtUp();

        assertEquals(1, Warehouse.rows(dataSource, "select 1 from dim_programme where programme_code = ?", programme).size());
        Map<String, Object> now = Warehouse.row(dataSource, "select * from measure_status_now where programme_code = ?",
                programme);
        assertEquals("IN_PROGRESS", now.get("status"));
        assertTrue(((Number) now.get("days_overdue")).intValue() > 2000, "past its 2020 deadline: " + now);
        assertEquals("LEAD", Warehouse.row(dataSource, "select role from measure_responsibility where measure_key = ? and dept_code = ?",
                programme + "/1-01", dept).get("role"));
        assertEquals("仓库测试局", Warehouse.row(dataSource, "select name from dim_department where dept_code = ?", dept)
                .get("name"));
        assertEquals("APPROVED", Warehouse.row(dataSource, "select status from fact_progress_report where programme_code = ?",
                programme).get("status"));
        assertEquals(1, Warehouse.rows(dataSource, "select 1 from fact_kpi_value where measure_key like ?",
                programme + "/%").size());
        assertEquals(1, Warehouse.rows(dataSource, "select 1 from fact_missing_report where dept_code = ?", dept).size());
    }

    @Test
    void a_department_the_registry_announces_takes_the_name_it_gives() {
        String dept = "whd-" + UUID.randomUUID().toString().substring(0, 6);
        ObjectNode announced = Events.example("reform.registry.department.updated.v1");
        Events.set(announced, "subject", "department:" + dept);
        Events.set(announced, "data.department.code", dept);
        Events.set(announced, "data.department.name", "登记的名称");
        ObjectNode report = Events.example("reform.progress.report.submitted.v1");
        Events.set(report, "data.report.id", UUID.randomUUID().toString());
        Events.set(report, "data.report.dept", dept);

        Events.publish(report, announced);
        Warehouse.awaitCaughtUp();

        Map<String, Object> row = Warehouse.row(dataSource, "select * from dim_department where dept_code = ?", dept);
        assertEquals("登记的名称", row.get("name"));
        assertEquals(Boolean.TRUE, row.get("announced"));
    }

    @Test
    void deliveries_and_supervision_notices_load() {
        ObjectNode sent = Events.example("reform.notifications.delivery.sent.v1");
        ObjectNode failed = Events.example("reform.notifications.delivery.failed.v1");
        String notice = UUID.randomUUID().toString();
        ObjectNode issued = Events.set(Events.example("reform.notifications.supervision.issued.v1"), "data.notice.id", notice);
        ObjectNode replied = Events.set(Events.example("reform.notifications.supervision.replied.v1"), "data.notice.id",
                notice);

        Events.publish(replied, issued, sent, failed);
        Warehouse.awaitCaughtUp();

        assertEquals("SENT", Warehouse.row(dataSource, "select outcome from fact_notification_delivery where event_id = ?",
                sent.path("id").asText()).get("outcome"));
        assertEquals("FAILED", Warehouse.row(dataSource, "select outcome from fact_notification_delivery where event_id = ?",
                failed.path("id").asText()).get("outcome"));
        assertEquals("REPLIED", Warehouse.row(dataSource, "select status from fact_supervision_notice where notice_id = ?",
                UUID.fromString(notice)).get("status"));
    }

    @Test
    void the_holiday_calendar_sets_the_working_day_flags_and_its_newest_notice_wins() {
        int year = 2031 + ThreadLocalRandom.current().nextInt(4);
        ObjectNode notice = calendar(year, "2031-01-01T00:00:00Z", List.of(
                day(year + "-01-01", "OFF", "元旦"), day(year + "-01-02", "OFF", "元旦"), day(year + "-01-04", "WORK", "元旦")));
        Events.publish(notice);
        Warehouse.awaitCaughtUp();
        LocalDate saturdayWorked = LocalDate.parse(year + "-01-04");

        Map<String, Object> newYear = Warehouse.row(dataSource, "select * from dim_date where day = ?",
                LocalDate.parse(year + "-01-01"));
        assertEquals(Boolean.FALSE, newYear.get("is_working_day"));
        assertEquals("元旦", newYear.get("holiday"));
        assertEquals(Boolean.TRUE, newYear.get("calendar_known"));
        Map<String, Object> worked = Warehouse.row(dataSource, "select * from dim_date where day = ?", saturdayWorked);
        assertEquals(Boolean.TRUE, worked.get("is_working_day"));
        assertEquals(Boolean.valueOf(saturdayWorked.getDayOfWeek().getValue() >= 6), worked.get("is_adjusted_working_day"));

        // an older notice read later changes nothing; a newer one replaces the year
        Events.publish(calendar(year, "2030-06-01T00:00:00Z", List.of(day(year + "-03-02", "OFF", "旧"))));
        Events.publish(calendar(year, "2031-02-01T00:00:00Z", List.of(day(year + "-01-01", "OFF", "元旦"))));
        Warehouse.awaitCaughtUp();
        assertEquals(Boolean.FALSE, Warehouse.row(dataSource, "select is_working_day from dim_date where day = ?",
                LocalDate.parse(year + "-01-01")).get("is_working_day"));
        assertEquals(Boolean.valueOf(LocalDate.parse(year + "-01-02").getDayOfWeek().getValue() < 6),
                Warehouse.row(dataSource, "select is_working_day from dim_date where day = ?",
                        LocalDate.parse(year + "-01-02")).get("is_working_day"));
        assertEquals(Boolean.valueOf(LocalDate.parse(year + "-03-02").getDayOfWeek().getValue() < 6),
                Warehouse.row(dataSource, "select is_working_day from dim_date where day = ?",
                        LocalDate.parse(year + "-03-02")).get("is_working_day"));
    }

    private static ObjectNode calendar(int year, String setAt, List<ObjectNode> days) {
        ObjectNode event = Events.example("reform.appeals.calendar.year-set.v1");
        Events.set(event, "subject", "calendar:" + year);
        Events.set(event, "data.year", year);
        Events.set(event, "data.setAt", setAt);
        ArrayNode list = Events.JSON.createArrayNode();
        days.forEach(list::add);
        return Events.set(event, "data.days", list);
    }

    private static ObjectNode day(String day, String kind, String holiday) {
        return Events.JSON.createObjectNode().put("day", day).put("kind", kind).put("holiday", holiday);
    }

    @Test
    void redelivered_events_change_nothing() {
        String number = caseNumber();
        ObjectNode answered = appealEvent("reform.appeals.appeal.answered.v1", number, 5);
        ObjectNode rated = appealEvent("reform.appeals.appeal.rated.v1", number, 6);
        ObjectNode sent = Events.example("reform.notifications.delivery.sent.v1");
        Events.publish(answered, rated, sent);
        Warehouse.awaitCaughtUp();
        Map<String, Object> before = Warehouse.digests();

        Events.publish(rated, sent, answered, rated);
        Warehouse.awaitCaughtUp();

        assertEquals(before, Warehouse.digests());
    }

    @Test
    void unknown_types_newer_versions_and_unreadable_records_are_counted_or_parked_and_the_rest_loads() {
        String unknownType = "reform.appeals.appeal.escalated-to-mayor-" + WarehouseTopics.RUN + ".v1";
        ObjectNode unknown = Events.set(Events.example("reform.appeals.appeal.filed.v1"), "type", unknownType);
        ObjectNode v2 = Events.set(Events.example("reform.notifications.delivery.sent.v1"), "type",
                "reform.notifications.delivery.sent.v2");
        ObjectNode noCase = Events.example("reform.appeals.appeal.answered.v1");
        ((ObjectNode) noCase.path("data").path("appeal")).remove("caseNumber");
        ObjectNode fine = Events.example("reform.notifications.delivery.sent.v1");
        Events.publishValues(List.of(
                new Events.Keyed(WarehouseTopics.APPEALS, "x", unknown.toString()),
                new Events.Keyed(WarehouseTopics.NOTIFICATIONS, "yshb", v2.toString()),
                new Events.Keyed(WarehouseTopics.APPEALS, "ZTC-broken", "{not json at all"),
                new Events.Keyed(WarehouseTopics.APPEALS, "ZTC-broken", noCase.toString()),
                new Events.Keyed(WarehouseTopics.NOTIFICATIONS, "yshb", fine.toString())));
        Warehouse.awaitCaughtUp();

        assertEquals(1L, Warehouse.row(dataSource, "select events from load_skipped_type where event_type = ?",
                unknownType).get("events"));
        assertTrue(Warehouse.rows(dataSource, "select 1 from load_skipped_type where event_type = ?",
                "reform.notifications.delivery.sent.v2").size() == 1);
        assertTrue(Warehouse.rows(dataSource, "select 1 from load_rejected where topic = ? and value = ?",
                WarehouseTopics.APPEALS, "{not json at all").size() == 1);
        Map<String, Object> parked = Warehouse.row(dataSource, "select * from load_rejected where event_id = ?",
                noCase.path("id").asText());
        assertTrue(parked.get("error").toString().contains("caseNumber"), parked.toString());
        assertEquals(1, Warehouse.rows(dataSource, "select 1 from fact_notification_delivery where event_id = ?",
                fine.path("id").asText()).size());
        given().auth().oauth2(Tokens.supervisor()).get("/api/warehouse/status").then().statusCode(200)
                .body("rejectedRecords", org.hamcrest.Matchers.greaterThanOrEqualTo(2));
    }

    @Test
    void a_value_the_database_refuses_parks_that_record_alone_and_the_batch_around_it_loads() {
        ObjectNode before = Events.example("reform.notifications.delivery.sent.v1");
        String number = caseNumber();
        // a NUL character: valid JSON, refused by PostgreSQL in any text column
        ObjectNode refused = Events.set(appealEvent("reform.appeals.appeal.filed.v1", number, 1), "data.appeal.district",
                "横琴\u0000");
        ObjectNode after = Events.example("reform.notifications.delivery.sent.v1");
        Events.publishValues(List.of(
                new Events.Keyed(WarehouseTopics.NOTIFICATIONS, "yshb", before.toString()),
                new Events.Keyed(WarehouseTopics.APPEALS, number, refused.toString()),
                new Events.Keyed(WarehouseTopics.NOTIFICATIONS, "yshb", after.toString())));
        Warehouse.awaitCaughtUp();

        Map<String, Object> parked = Warehouse.row(dataSource, "select * from load_rejected where event_id = ?",
                refused.path("id").asText());
        assertTrue(parked.get("error").toString().startsWith("refused by the database"), parked.toString());
        assertEquals(0, Warehouse.rows(dataSource, "select 1 from fact_appeal where case_number = ?", number).size());
        assertEquals(2, Warehouse.rows(dataSource, "select 1 from fact_notification_delivery where event_id in (?, ?)",
                before.path("id").asText(), after.path("id").asText()).size());
    }

    @Test
    void a_rebuild_from_offset_zero_into_empty_tables_gives_identical_tables() {
        Events.publish(appealEvent("reform.appeals.appeal.rated.v1", caseNumber(), 6),
                Events.example("reform.appeals.calendar.year-set.v1"),
                Events.example("reform.registry.measure.updated.v1"));
        Warehouse.awaitCaughtUp();
        Map<String, Object> before = Warehouse.digests();
        assertNotEquals(0, ((Map<?, ?>) before.get("fact_appeal")).get("rows"));

        given().auth().oauth2(Tokens.forUser("admin")).post("/api/warehouse/admin/rebuild").then().statusCode(202);
        Warehouse.awaitCaughtUp();

        assertEquals(before, Warehouse.digests());
        given().auth().oauth2(Tokens.supervisor()).get("/api/warehouse/status").then().statusCode(200)
                .body("lastRebuildAt", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void the_load_is_for_supervisors_and_a_rebuild_for_admins() {
        given().get("/api/warehouse/status").then().statusCode(401);
        given().auth().oauth2(Tokens.department("zwsj")).get("/api/warehouse/status").then().statusCode(403);
        given().auth().oauth2(Tokens.supervisor()).post("/api/warehouse/admin/rebuild").then().statusCode(403)
                .contentType("application/problem+json");
    }
}
