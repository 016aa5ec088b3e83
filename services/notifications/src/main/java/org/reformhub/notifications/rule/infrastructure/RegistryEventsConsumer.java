package org.reformhub.notifications.rule.infrastructure;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.reformhub.kernel.consumer.EventHandler;
import org.reformhub.kernel.event.CloudEvent;
import org.reformhub.kernel.event.Topics;
import com.fasterxml.jackson.databind.JsonNode;

import org.reformhub.kernel.event.InvalidEventException;
import org.reformhub.notifications.directory.application.Directory;
import org.reformhub.notifications.inbox.application.Notify;
import org.reformhub.notifications.reminder.application.TrackForReminders;
import org.reformhub.notifications.rule.domain.EventFacts;
import org.reformhub.notifications.rule.domain.NotificationRules;

/**
 * Reads {@code reform.registry}: a new measure tells its responsible units; measures feed the reminders' read
 * model, and the department catalogue gives each department's name and contact e-mail.
 */
@ApplicationScoped
public class RegistryEventsConsumer implements EventHandler {

    static final String MEASURE_CREATED = "reform.registry.measure.created.v1";

    private static final String MEASURE = "reform.registry.measure.";
    private static final String DEPARTMENT = "reform.registry.department.";

    private final Notify notify;
    private final TrackForReminders track;
    private final Directory directory;

    public RegistryEventsConsumer(Notify notify, TrackForReminders track, Directory directory) {
        this.notify = notify;
        this.track = track;
        this.directory = directory;
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
        if (event.type().startsWith(MEASURE)) {
            JsonNode m = event.data().path("measure");
            EventFacts.Measure measure = EventReading.measure(m);
            List<String> leads = measure.leadUnits().stream().map(EventFacts.Unit::code).toList();
            List<String> responsible = new java.util.ArrayList<>(leads);
            measure.cooperatingUnits().stream().map(EventFacts.Unit::code).filter(c -> !responsible.contains(c))
                    .forEach(responsible::add);
            track.measure(measure.programme(), measure.code(), measure.title(), leads, responsible,
                    "ONGOING".equals(m.path("deadline").path("kind").asText()), EventReading.deadline(m),
                    m.path("version").asLong(), event.type().endsWith("archived.v1"));
        } else if (event.type().startsWith(DEPARTMENT)) {
            JsonNode d = event.data().path("department");
            if (!d.hasNonNull("code") || !d.hasNonNull("name")) {
                throw new InvalidEventException("department event without code or name");
            }
            directory.catalogued(d.path("code").asText(), d.path("name").asText(), d.path("email").asText(null),
                    d.path("mergedInto").asText(null));
        }
        if (MEASURE_CREATED.equals(event.type())) {
            notify.deliver(NotificationRules.measureCreated(EventReading.measure(event.data().path("measure"))), event.id(),
                    event.type());
        }
    }
}
