package org.reformhub.notifications.intake.infrastructure;


import jakarta.enterprise.context.ApplicationScoped;

import org.reformhub.kernel.consumer.EventHandler;
import org.reformhub.kernel.consumer.EventHandler.Subscription;
import org.reformhub.kernel.event.CloudEvent;
import org.reformhub.kernel.event.Topics;
import org.reformhub.kernel.event.registry.PublishedDepartment;
import org.reformhub.kernel.event.registry.PublishedMeasure;

import org.reformhub.notifications.directory.application.Directory;
import org.reformhub.notifications.inbox.application.Notify;
import org.reformhub.notifications.reminder.application.TrackForReminders;
import org.reformhub.notifications.rule.domain.NotificationRules;

/**
 * Reads {@code reform.registry}: a new measure tells its responsible units; measures feed the reminders' read
 * model, and the department catalogue gives each department's name and contact e-mail.
 */
@ApplicationScoped
public class RegistryEventsConsumer implements EventHandler {

    private final Notify notify;
    private final TrackForReminders track;
    private final Directory directory;

    public RegistryEventsConsumer(Notify notify, TrackForReminders track, Directory directory) {
        this.notify = notify;
        this.track = track;
        this.directory = directory;
    }

    @Override
    public Subscription subscription() {
        return Subscription.of("notifications.registry-events", Topics.REGISTRY);
    }

    @Override
    public void handle(CloudEvent event) {
        if (PublishedMeasure.carriedBy(event)) {
            PublishedMeasure m = PublishedMeasure.of(event);
            track.measure(m.programme(), m.code(), m.title(), m.leadUnitCodes(), m.responsibleUnitCodes(),
                    m.deadline().ongoing(), m.deadline().dueDate(), m.version() == null ? 0 : m.version(),
                    event.type().endsWith("archived.v1"));
            if (PublishedMeasure.CREATED.equals(event.type())) {
                notify.deliver(NotificationRules.measureCreated(EventReading.measure(m)), event.id(), event.type());
            }
        } else if (PublishedDepartment.carriedBy(event)) {
            PublishedDepartment d = PublishedDepartment.of(event);
            directory.catalogued(d.code(), d.name(), d.email(), d.mergedInto());
        }
    }
}
