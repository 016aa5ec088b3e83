package org.reformhub.appeals.registry.infrastructure;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import org.reformhub.kernel.consumer.EventHandler;
import org.reformhub.kernel.event.CloudEvent;
import org.reformhub.kernel.event.InvalidEventException;
import org.reformhub.kernel.event.Topics;
import org.reformhub.appeals.measure.application.KnownMeasures;
import org.reformhub.appeals.measure.domain.KnownMeasure;

/**
 * Reads the measure events of {@code reform.registry}: each carries the measure's full state, so each becomes
 * the latest known state when it is newer. Other types are not needed here and are skipped.
 */
@ApplicationScoped
public class RegistryEventsConsumer implements EventHandler {

    private final KnownMeasures measures;

    public RegistryEventsConsumer(KnownMeasures measures) {
        this.measures = measures;
    }

    @Override
    public String name() {
        return "appeals.registry-events";
    }

    @Override
    public List<String> topics() {
        return List.of(Topics.REGISTRY);
    }

    @Override
    public void handle(CloudEvent event) {
        if (Topics.REGISTRY_MEASURE_EVENTS.contains(event.type())) {
            measures.announced(measure(event.data().path("measure")));
        }
    }

    static KnownMeasure measure(JsonNode m) {
        for (String required : List.of("programme", "code", "title", "version")) {
            if (!m.hasNonNull(required)) {
                throw new InvalidEventException("measure event without " + required);
            }
        }
        StringBuilder text = new StringBuilder(m.path("title").asText()).append(' ').append(m.path("practice").asText(""));
        m.path("workItems").forEach(w -> text.append(' ').append(w.asText()));
        List<String> leads = new ArrayList<>();
        m.path("leadUnits").forEach(u -> leads.add(u.path("code").asText()));
        return new KnownMeasure(m.path("programme").asText(), m.path("code").asText(), m.path("title").asText(),
                m.path("domain").asText(""), text.toString(), leads, m.path("archived").asBoolean(false),
                m.path("version").asLong());
    }
}
