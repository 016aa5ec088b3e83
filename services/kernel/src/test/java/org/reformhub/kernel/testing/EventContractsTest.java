package org.reformhub.kernel.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The contract check itself bites: a producer that drifts from its schema fails, one that keeps it passes. */
class EventContractsTest {

    private static final String MEASURE = """
            {"programme":"yshj-2020","code":"1-09","list":"REPLICATE","domain":"政务服务","title":"“秒批”改革",
             "practice":"","originPlaces":["深圳"],"leadUnits":[{"code":"zwsj","name":"市政务服务数据管理局"}],
             "cooperatingUnits":[],"workItems":["梳理秒批事项"],"deadline":{"kind":"DATE","date":"2020-12-31"},
             "deadlineText":"2020年12月","remark":"已完成。","statedStatus":"COMPLETED",
             "kpis":[{"name":"秒批事项","unit":"项","baseline":128,"target":189}],"archived":false,
             "createdAt":"2026-11-27T08:00:00Z","updatedAt":"2026-11-27T08:00:00Z","version":0}""";

    private static String created(String measure) {
        return """
                {"specversion":"1.0","id":"7d3c1d6e-1b7a-4a36-9a55-1b2d3c4d5e6f","source":"/reformhub/task-registry",
                 "type":"reform.registry.measure.created.v1","subject":"yshj-2020/1-09","time":"2026-11-27T08:00:00Z",
                 "datacontenttype":"application/json","data":{"measure":%s,"changedFields":[]}}""".formatted(measure);
    }

    @Test
    void an_event_as_the_registry_publishes_it_keeps_its_contract() {
        assertEquals(List.of(), EventContracts.violations(created(MEASURE)));
    }

    @Test
    void a_renamed_field_breaks_the_contract() {
        // what a domain rename leaking into the event would look like: programme -> batch
        List<String> violations = EventContracts.violations(created(MEASURE.replace("\"programme\"", "\"batch\"")));
        assertTrue(violations.stream().anyMatch(v -> v.contains("programme")), violations::toString);
        assertTrue(violations.stream().anyMatch(v -> v.contains("batch")), violations::toString);
        AssertionError failure = assertThrows(AssertionError.class,
                () -> EventContracts.assertConform(List.of(created(MEASURE.replace("\"programme\"", "\"batch\"")))));
        assertTrue(failure.getMessage().contains("contract violation"));
    }

    @Test
    void a_wrong_type_of_value_and_an_undocumented_event_type_break_it_too() {
        assertTrue(!EventContracts.violations(created(MEASURE.replace("\"version\":0", "\"version\":\"0\""))).isEmpty());
        List<String> unknown = EventContracts.violations(created(MEASURE).replace("measure.created.v1", "measure.renamed.v1"));
        assertTrue(unknown.get(0).contains("no schema documented"), unknown::toString);
    }

    @Test
    void every_registry_event_type_is_documented() {
        assertTrue(EventContracts.documentedTypes("reform.registry").containsAll(List.of(
                "reform.registry.measure.created.v1", "reform.registry.programme.closed.v1",
                "reform.registry.department.merged.v1")));
    }
}
