package org.reformhub.progress.measure.infrastructure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import org.reformhub.kernel.consumer.EventHandler;
import org.reformhub.kernel.event.CloudEvent;
import org.reformhub.kernel.event.InvalidEventException;
import org.reformhub.kernel.event.Topics;
import org.reformhub.progress.measure.application.TrackMeasures;
import org.reformhub.progress.measure.domain.RegisteredMeasure;

/**
 * Reads {@code reform.registry}: every measure event (created, updated, archived) carries the measure's full
 * state, so each one simply becomes the latest known state, when it is newer than what is held. Other
 * types (departments, programmes, future ones) are not needed here yet and are skipped.
 */
@ApplicationScoped
public class RegistryEventsConsumer implements EventHandler {

    static final List<String> MEASURE_EVENTS = List.of("reform.registry.measure.created.v1",
            "reform.registry.measure.updated.v1", "reform.registry.measure.archived.v1");

    private final TrackMeasures trackMeasures;

    public RegistryEventsConsumer(TrackMeasures trackMeasures) {
        this.trackMeasures = trackMeasures;
    }

    @Override
    public String name() {
        return "progress.registry-events";
    }

    @Override
    public List<String> topics() {
        return List.of(Topics.REGISTRY);
    }

    @Override
    public void handle(CloudEvent event) {
        if (MEASURE_EVENTS.contains(event.type())) {
            trackMeasures.announced(measure(event.data().path("measure")));
        }
    }

    static RegisteredMeasure measure(JsonNode m) {
        for (String required : List.of("programme", "code", "title", "version")) {
            if (!m.hasNonNull(required)) {
                throw new InvalidEventException("measure event without " + required);
            }
        }
        JsonNode deadline = m.path("deadline");
        String date = deadline.path("date").asText(null);
        return new RegisteredMeasure(m.path("programme").asText(), m.path("code").asText(), m.path("list").asText(""),
                m.path("domain").asText(""), m.path("title").asText(), units(m.path("leadUnits")),
                units(m.path("cooperatingUnits")), texts(m.path("workItems")), deadline.path("kind").asText(null),
                date == null ? null : LocalDate.parse(date), m.path("statedStatus").asText("NOT_STATED"),
                m.path("remark").asText(""), m.path("archived").asBoolean(false), m.path("version").asLong());
    }

    private static List<RegisteredMeasure.Unit> units(JsonNode array) {
        List<RegisteredMeasure.Unit> units = new ArrayList<>();
        array.forEach(u -> units.add(new RegisteredMeasure.Unit(u.path("code").asText(), u.path("name").asText())));
        return units;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }
}
