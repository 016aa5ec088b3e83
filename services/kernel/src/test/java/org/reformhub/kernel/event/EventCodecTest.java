package org.reformhub.kernel.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

class EventCodecTest {

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final EventCodec codec = new EventCodec(mapper);

    @Test
    void an_envelope_survives_a_round_trip_with_its_time_in_rfc3339() {
        CloudEvent event = new CloudEvent("1.0", "e-1", "/reformhub/task-registry", "reform.registry.measure.created.v1",
                "1-01", Instant.parse("2026-11-26T08:00:00Z"), "application/json", mapper.createObjectNode().put("a", 1));

        String json = codec.write(event);

        assertEquals(event, codec.read(json));
        assertEquals(true, json.contains("\"time\":\"2026-11-26T08:00:00Z\""));
    }

    @Test
    void extension_attributes_are_read_past_even_by_a_strict_api_mapper() {
        EventCodec strict = new EventCodec(mapper.copy()
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
        CloudEvent event = strict.read("""
                {"specversion":"1.0","id":"1","source":"/x","type":"t.v1","partitionkey":"k","traceparent":"00-ab","data":{}}""");
        org.junit.jupiter.api.Assertions.assertEquals("t.v1", event.type());
    }

    @Test
    void a_record_that_is_not_json_is_invalid() {
        assertThrows(InvalidEventException.class, () -> codec.read("{not json"));
        assertThrows(InvalidEventException.class, () -> codec.read(""));
    }

    @Test
    void an_envelope_without_type_or_with_another_spec_version_is_invalid() {
        assertThrows(InvalidEventException.class, () -> codec.read("{\"specversion\":\"1.0\",\"id\":\"x\",\"source\":\"/s\"}"));
        assertThrows(InvalidEventException.class,
                () -> codec.read("{\"specversion\":\"0.3\",\"id\":\"x\",\"source\":\"/s\",\"type\":\"t\"}"));
    }

    @Test
    void the_dead_letter_topic_is_named_after_the_topic() {
        assertEquals("reform.registry.dlq", Topics.deadLetterOf(Topics.REGISTRY));
    }
}
