package org.reformhub.appeals.registry.infrastructure;


import jakarta.enterprise.context.ApplicationScoped;

import org.reformhub.kernel.consumer.EventHandler;
import org.reformhub.kernel.consumer.EventHandler.Subscription;
import org.reformhub.kernel.event.CloudEvent;
import org.reformhub.kernel.event.registry.PublishedMeasure;
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
    public Subscription subscription() {
        return Subscription.of("appeals.registry-events", Topics.REGISTRY);
    }

    @Override
    public void handle(CloudEvent event) {
        if (PublishedMeasure.carriedBy(event)) {
            measures.announced(measure(PublishedMeasure.of(event)));
        }
    }

    static KnownMeasure measure(PublishedMeasure m) {
        // what a case is matched against when staff look for the measure it concerns
        StringBuilder text = new StringBuilder(m.title()).append(' ').append(m.practice());
        m.workItems().forEach(w -> text.append(' ').append(w));
        return new KnownMeasure(m.programme(), m.code(), m.title(), m.domain(), text.toString(), m.leadUnitCodes(),
                m.archived(), m.requireVersion());
    }
}
