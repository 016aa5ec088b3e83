package org.reformhub.kernel.event.registry;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.junit.jupiter.api.Test;

import org.reformhub.kernel.event.CloudEvent;
import org.reformhub.kernel.event.InvalidEventException;
import org.reformhub.kernel.testing.RepositoryFiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one reader of the registry's events, on the documented examples (docs/events/examples) and broken copies. */
class PublishedRegistryEventsTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

    private CloudEvent example(String type) throws Exception {
        return json.readValue(Files.readString(RepositoryFiles.find("docs/events/examples/" + type + ".json")), CloudEvent.class);
    }

    private CloudEvent withMeasure(CloudEvent event, java.util.function.Consumer<ObjectNode> change) {
        ObjectNode data = event.data().deepCopy();
        change.accept((ObjectNode) data.path("measure"));
        return new CloudEvent(event.specversion(), event.id(), event.source(), event.type(), event.subject(), event.time(),
                event.datacontenttype(), data);
    }

    @Test
    void a_measure_event_reads_as_the_measures_full_state() throws Exception {
        CloudEvent event = example("reform.registry.measure.created.v1");
        assertTrue(PublishedMeasure.carriedBy(event));
        PublishedMeasure m = PublishedMeasure.of(event);
        assertEquals("1-01", m.code());
        assertEquals("企业开办“一网通办”", m.title());
        assertFalse(m.leadUnits().isEmpty());
        assertEquals(m.leadUnits().get(0).code(), m.leadUnitCodes().get(0));
        assertTrue(m.responsibleUnitCodes().containsAll(m.leadUnitCodes()));
        assertEquals(event.data().path("measure").path("version").asLong(), m.requireVersion());
    }

    @Test
    void a_deadline_is_a_date_or_ongoing_and_a_kpi_keeps_its_numbers() throws Exception {
        CloudEvent event = withMeasure(example("reform.registry.measure.updated.v1"), m -> {
            m.putObject("deadline").put("kind", "DATE").put("date", "2026-12-31");
            m.putArray("kpis").addObject().put("name", "一次不用跑事项").put("unit", "项").put("baseline", 128).put("target", 200);
        });
        PublishedMeasure m = PublishedMeasure.of(event);
        assertEquals(LocalDate.of(2026, 12, 31), m.deadline().dueDate());
        assertFalse(m.deadline().ongoing());
        assertEquals(new BigDecimal("200"), m.kpis().get(0).target());
        PublishedMeasure ongoing = PublishedMeasure.of(withMeasure(event, n -> n.putObject("deadline").put("kind", "ONGOING")));
        assertTrue(ongoing.deadline().ongoing());
        assertNull(ongoing.deadline().dueDate());
        assertNull(PublishedMeasure.of(withMeasure(event, n -> n.putNull("deadline"))).deadline().kind());
    }

    @Test
    void a_measure_without_what_consumers_need_or_with_a_date_that_is_none_is_invalid() throws Exception {
        CloudEvent event = example("reform.registry.measure.created.v1");
        assertThrows(InvalidEventException.class, () -> PublishedMeasure.of(withMeasure(event, m -> m.remove("title"))));
        assertThrows(InvalidEventException.class, () -> PublishedMeasure.of(withMeasure(event, m -> m.remove("leadUnits"))));
        assertThrows(InvalidEventException.class,
                () -> PublishedMeasure.of(withMeasure(event, m -> m.putObject("deadline").put("kind", "DATE").put("date", "明年"))));
        PublishedMeasure unversioned = PublishedMeasure.of(withMeasure(event, m -> m.remove("version")));
        assertThrows(InvalidEventException.class, unversioned::requireVersion);
        // a field this reader does not know is ignored (additive changes keep the version)
        assertEquals("1-01", PublishedMeasure.of(withMeasure(event, m -> m.put("futureField", "ignored"))).code());
    }

    @Test
    void programme_and_department_events_read_as_their_state() throws Exception {
        CloudEvent programme = example("reform.registry.programme.created.v1");
        assertTrue(PublishedProgramme.carriedBy(programme));
        assertFalse(PublishedMeasure.carriedBy(programme));
        PublishedProgramme p = PublishedProgramme.of(programme);
        assertEquals(programme.data().path("programme").path("code").asText(), p.code());
        assertEquals("市营商办", p.issuingBody());
        assertNull(p.documentNumber(), "a null field reads as unknown, not as the text null");
        assertEquals(LocalDate.of(2026, 3, 1), p.issuedOn());
        assertEquals(java.time.Instant.parse("2026-11-28T04:20:37.019114062Z"), p.createdAt());
        CloudEvent department = example("reform.registry.department.created.v1");
        assertTrue(PublishedDepartment.carriedBy(department));
        PublishedDepartment d = PublishedDepartment.of(department);
        assertEquals(department.data().path("department").path("name").asText(), d.name());
        assertEquals("MUNICIPAL_DEPARTMENT", d.kind());
        assertNull(d.mergedInto());
        assertEquals(1L, d.requireVersion());
    }
}
