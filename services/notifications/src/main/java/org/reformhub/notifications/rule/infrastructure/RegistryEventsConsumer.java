package org.reformhub.notifications.rule.infrastructure;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.reformhub.kernel.consumer.EventHandler;
import org.reformhub.kernel.event.CloudEvent;
import org.reformhub.kernel.event.Topics;
import org.reformhub.notifications.inbox.application.Notify;
import org.reformhub.notifications.rule.domain.NotificationRules;

/** Reads {@code reform.registry}: a new measure tells its responsible units. */
@ApplicationScoped
public class RegistryEventsConsumer implements EventHandler {

    static final String MEASURE_CREATED = "reform.registry.measure.created.v1";

    private final Notify notify;

    public RegistryEventsConsumer(Notify notify) {
        this.notify = notify;
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
            notify.deliver(NotificationRules.measureCreated(EventReading.measure(event.data().path("measure"))), event.id(),
                    event.type());
        }
    }
}
