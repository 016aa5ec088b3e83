package org.reformhub.progress.registry.infrastructure;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import org.reformhub.kernel.consumer.EventHandler;
import org.reformhub.kernel.event.CloudEvent;
import org.reformhub.kernel.event.InvalidEventException;
import org.reformhub.kernel.event.Topics;
import org.reformhub.progress.measure.domain.KpiDefinition;
import org.reformhub.progress.measure.domain.RegisteredMeasure;
import org.reformhub.progress.registry.application.LearnFromRegistry;

/**
 * Reads {@code reform.registry}: every measure and programme event carries the full state, so each one simply
 * becomes the latest known state, when it is newer than what is held. Other types (departments, future
 * ones) are not needed here and are skipped.
 */
@ApplicationScoped
public class RegistryEventsConsumer implements EventHandler {

    static final List<String> PROGRAMME_EVENTS = List.of("reform.registry.programme.created.v1",
            "reform.registry.programme.updated.v1", "reform.registry.programme.closed.v1",
            "reform.registry.programme.reopened.v1");

    private final LearnFromRegistry learn;

    public RegistryEventsConsumer(LearnFromRegistry learn) {
        this.learn = learn;
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
        if (Topics.REGISTRY_MEASURE_EVENTS.contains(event.type())) {
            learn.measureAnnounced(measure(event.data().path("measure")));
        } else if (PROGRAMME_EVENTS.contains(event.type())) {
            JsonNode p = event.data().path("programme");
            if (!p.hasNonNull("code") || !p.hasNonNull("title") || !p.hasNonNull("version")) {
                throw new InvalidEventException("programme event without code, title or version");
            }
            learn.programmeAnnounced(p.path("code").asText(), p.path("title").asText(), p.path("status").asText("ACTIVE"),
                    p.path("version").asLong());
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
        String created = m.path("createdAt").asText(null);
        try {
            return new RegisteredMeasure(m.path("programme").asText(), m.path("code").asText(), m.path("list").asText(""),
                    m.path("domain").asText(""), m.path("title").asText(), m.path("practice").asText(""),
                    units(m.path("leadUnits")), units(m.path("cooperatingUnits")), texts(m.path("workItems")),
                    deadline.path("kind").asText(null), date == null ? null : LocalDate.parse(date),
                    m.path("deadlineText").asText(null), m.path("statedStatus").asText("NOT_STATED"),
                    m.path("remark").asText(""), kpis(m.path("kpis")), m.path("archived").asBoolean(false),
                    created == null ? null : Instant.parse(created), m.path("version").asLong());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidEventException("measure event with an unreadable date: " + e.getParsedString());
        }
    }

    private static List<RegisteredMeasure.Unit> units(JsonNode array) {
        List<RegisteredMeasure.Unit> units = new ArrayList<>();
        array.forEach(u -> units.add(new RegisteredMeasure.Unit(u.path("code").asText(), u.path("name").asText())));
        return units;
    }

    private static List<KpiDefinition> kpis(JsonNode array) {
        List<KpiDefinition> kpis = new ArrayList<>();
        array.forEach(k -> kpis.add(new KpiDefinition(k.path("name").asText(), k.path("unit").asText(""),
                number(k.path("baseline")), number(k.path("target")), k.path("direction").asText(null))));
        return kpis;
    }

    private static BigDecimal number(JsonNode value) {
        return value.isNumber() ? value.decimalValue() : null;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }
}
