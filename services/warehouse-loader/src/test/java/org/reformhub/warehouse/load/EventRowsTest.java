package org.reformhub.warehouse.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import org.reformhub.kernel.event.CloudEvent;
import org.reformhub.warehouse.load.domain.EventRows;
import org.reformhub.warehouse.load.domain.RowBatch;
import org.reformhub.warehouse.load.domain.StarRow;
import org.reformhub.warehouse.load.domain.UnreadableEvent;
import org.reformhub.warehouse.testing.Events;

class EventRowsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules()
            .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final EventRows eventRows = new EventRows();

    private static CloudEvent event(ObjectNode json) {
        return MAPPER.convertValue(json, CloudEvent.class);
    }

    @Test
    void every_documented_type_is_known_and_its_example_reads() {
        List<String> types = Events.documentedTypes();
        assertTrue(types.size() >= 41, "documented examples: " + types.size());
        for (String type : types) {
            RowBatch rows = new RowBatch();
            assertTrue(eventRows.read(event(Events.example(type)), rows), type);
        }
    }

    @Test
    void an_appeal_event_gives_the_case_its_category_and_its_units_and_a_rating_gives_a_rating_fact() {
        RowBatch rows = new RowBatch();
        eventRows.read(event(Events.example("reform.appeals.appeal.rated.v1")), rows);

        StarRow.Appeal appeal = rows.of(StarRow.Appeal.class).get(0);
        assertEquals("ZTC-202611-00006", appeal.caseNumber());
        assertTrue(appeal.answer().answeredAt().isAfter(appeal.handling().assignedAt()));
        assertEquals(Boolean.TRUE, appeal.answer().answeredOnTime());
        StarRow.Rating rating = rows.of(StarRow.Rating.class).get(0);
        assertEquals(4, rating.score());
        assertTrue(rating.satisfied());
        assertEquals(List.of("land"), rows.of(StarRow.Category.class).stream().map(StarRow.Category::code).toList());
        assertEquals(List.of("zrzy", "zwsj"), rows.of(StarRow.Department.class).stream().map(StarRow.Department::code).toList());
    }

    @Test
    void types_it_does_not_know_and_newer_versions_are_skipped_not_failed() {
        ObjectNode unknown = Events.set(Events.example("reform.appeals.appeal.filed.v1"), "type",
                "reform.appeals.appeal.escalated-to-mayor.v1");
        ObjectNode v2 = Events.set(Events.example("reform.appeals.appeal.filed.v1"), "type",
                "reform.appeals.appeal.filed.v2");
        RowBatch rows = new RowBatch();

        assertFalse(eventRows.read(event(unknown), rows));
        assertFalse(eventRows.read(event(v2), rows));
        assertTrue(rows.isEmpty());
    }

    @Test
    void fields_added_by_a_newer_producer_are_ignored() {
        ObjectNode plain = Events.example("reform.progress.report.approved.v1");
        ObjectNode extended = plain.deepCopy();
        ((ObjectNode) extended.path("data").path("report")).put("reviewChannel", "WECHAT");
        extended.put("traceparent", "00-abc-def-01");
        RowBatch a = new RowBatch();
        RowBatch b = new RowBatch();

        eventRows.read(event(plain), a);
        eventRows.read(event(extended), b);

        assertEquals(a.of(StarRow.Report.class), b.of(StarRow.Report.class));
    }

    @Test
    void a_delivery_announced_before_deliveries_had_ids_still_loads() {
        ObjectNode early = Events.example("reform.notifications.delivery.sent.v1");
        ((ObjectNode) early.path("data").path("delivery")).remove(List.of("deliveryId", "attempts"));
        RowBatch rows = new RowBatch();

        assertTrue(eventRows.read(event(early), rows));

        StarRow.Delivery delivery = rows.of(StarRow.Delivery.class).get(0);
        assertEquals(null, delivery.deliveryId());
        assertEquals(1, delivery.attempts());
    }

    @Test
    void a_known_type_without_what_the_warehouse_needs_is_unreadable_and_adds_nothing() {
        ObjectNode broken = Events.example("reform.appeals.appeal.answered.v1");
        ((ObjectNode) broken.path("data").path("appeal")).remove("caseNumber");
        ObjectNode badDate = Events.set(Events.example("reform.progress.report.missing.v1"), "data.dueDate", "2026-13-01");
        RowBatch rows = new RowBatch();

        assertTrue(assertThrows(UnreadableEvent.class, () -> eventRows.read(event(broken), rows)).getMessage()
                .contains("caseNumber"));
        assertTrue(assertThrows(UnreadableEvent.class, () -> eventRows.read(event(badDate), rows)).getMessage()
                .contains("dueDate"));
        assertTrue(rows.isEmpty());
    }

    @Test
    void a_batch_keeps_the_newest_version_of_a_case_whatever_the_order() {
        ObjectNode v6 = Events.example("reform.appeals.appeal.rated.v1");
        ObjectNode v5 = Events.set(Events.set(Events.example("reform.appeals.appeal.answered.v1"), "data.appeal.caseNumber",
                "ZTC-202611-00006"), "data.appeal.version", 5);
        for (List<ObjectNode> order : List.of(List.of(v5, v6), List.of(v6, v5))) {
            RowBatch rows = new RowBatch();
            order.forEach(e -> eventRows.read(event(e), rows));
            assertEquals(List.of(6L), rows.of(StarRow.Appeal.class).stream().map(StarRow.Appeal::version).toList());
        }
    }

    @Test
    void a_department_ends_the_same_whatever_order_its_facts_arrive_in() {
        Instant t1 = Instant.parse("2026-01-01T00:00:00Z");
        Instant t2 = Instant.parse("2026-02-01T00:00:00Z");
        List<StarRow.Department> facts = List.of(
                StarRow.Department.mentioned("zwsj", t2),
                StarRow.Department.named("zwsj", "市政务服务数据管理局", t1),
                StarRow.Department.named("zwsj", "市政务服务和数据管理局", t2),
                StarRow.Department.announced("zwsj", "珠海市政务服务和数据管理局", "MUNICIPAL_DEPARTMENT", null, false, t1, 1),
                StarRow.Department.announced("zwsj", "珠海市政务服务数据管理局", "MUNICIPAL_DEPARTMENT", null, false, t1, 2));
        List<StarRow.Department> results = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            List<StarRow.Department> shuffled = new ArrayList<>(facts);
            Collections.shuffle(shuffled, new java.util.Random(i));
            RowBatch rows = new RowBatch();
            shuffled.forEach(rows::add);
            results.add(rows.of(StarRow.Department.class).get(0));
        }
        results.forEach(d -> assertEquals(facts.get(4), d));

        RowBatch inferred = new RowBatch();
        facts.subList(0, 3).forEach(inferred::add);
        assertEquals("市政务服务和数据管理局", inferred.of(StarRow.Department.class).get(0).name());
    }

    @Test
    void date_keys_are_days_in_the_city() {
        assertEquals(20261201, EventRows.dateKey(Instant.parse("2026-11-30T16:30:00Z")));
        assertEquals(20261130, EventRows.dateKey(Instant.parse("2026-11-30T15:59:59Z")));
    }
}
