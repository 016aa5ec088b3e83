package org.reformhub.notifications.inbox.infrastructure;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import org.reformhub.kernel.consumer.EventHandler;
import org.reformhub.kernel.event.CloudEvent;
import org.reformhub.kernel.event.InvalidEventException;
import org.reformhub.kernel.event.Topics;
import org.reformhub.notifications.inbox.application.NotifyMeasureAssigned;
import org.reformhub.notifications.inbox.domain.MeasureAssignmentMessages;

/** Reads {@code reform.registry}: a new measure puts a message in each responsible unit's inbox. */
@ApplicationScoped
public class RegistryEventsConsumer implements EventHandler {

    static final String MEASURE_CREATED = "reform.registry.measure.created.v1";

    private final NotifyMeasureAssigned notifyMeasureAssigned;

    public RegistryEventsConsumer(NotifyMeasureAssigned notifyMeasureAssigned) {
        this.notifyMeasureAssigned = notifyMeasureAssigned;
    }

    @Override
    public String name() {
        return "notifications.registry-events";
    }

    @Override
    public List<String> topics() {
        return List.of(Topics.REGISTRY);
    }

    @Override
    public void handle(CloudEvent event) {
        if (MEASURE_CREATED.equals(event.type())) {
            notifyMeasureAssigned.execute(assignment(event.data().path("measure")), event.id());
        }
    }

    private static MeasureAssignmentMessages.Assignment assignment(JsonNode measure) {
        if (!measure.hasNonNull("programme") || !measure.hasNonNull("code") || !measure.path("leadUnits").isArray()) {
            throw new InvalidEventException("measure event without programme, code or leadUnits");
        }
        JsonNode deadline = measure.path("deadline");
        String deadlineText = "ONGOING".equals(deadline.path("kind").asText()) ? "持续推进" : deadline.path("date").asText();
        return new MeasureAssignmentMessages.Assignment(measure.path("programme").asText(), measure.path("code").asText(), measure.path("title").asText(),
                units(measure.path("leadUnits")), units(measure.path("cooperatingUnits")), deadlineText);
    }

    private static List<MeasureAssignmentMessages.Unit> units(JsonNode array) {
        List<MeasureAssignmentMessages.Unit> units = new ArrayList<>();
        array.forEach(u -> units.add(new MeasureAssignmentMessages.Unit(u.path("code").asText(), u.path("name").asText())));
        return units;
    }
}
