package org.reformhub.progress.registry.infrastructure;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.reformhub.kernel.consumer.EventHandler;
import org.reformhub.kernel.consumer.EventHandler.Subscription;
import org.reformhub.kernel.event.CloudEvent;
import org.reformhub.kernel.event.Topics;
import org.reformhub.kernel.event.registry.PublishedMeasure;
import org.reformhub.kernel.event.registry.PublishedProgramme;
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

    private final LearnFromRegistry learn;

    public RegistryEventsConsumer(LearnFromRegistry learn) {
        this.learn = learn;
    }

    @Override
    public Subscription subscription() {
        return Subscription.of("progress.registry-events", Topics.REGISTRY);
    }

    @Override
    public void handle(CloudEvent event) {
        if (PublishedMeasure.carriedBy(event)) {
            learn.measureAnnounced(measure(PublishedMeasure.of(event)));
        } else if (PublishedProgramme.carriedBy(event)) {
            PublishedProgramme p = PublishedProgramme.of(event);
            learn.programmeAnnounced(p.code(), p.title(), p.status(), p.version());
        }
    }

    static RegisteredMeasure measure(PublishedMeasure m) {
        return new RegisteredMeasure(m.programme(), m.code(), m.list(), m.domain(), m.title(), m.practice(),
                units(m.leadUnits()), units(m.cooperatingUnits()), m.workItems(), m.deadline().kind(), m.deadline().date(),
                m.deadline().text(), m.statedStatus(), m.remark(),
                m.kpis().stream().map(k -> new KpiDefinition(k.name(), k.unit(), k.baseline(), k.target(), k.direction())).toList(),
                m.archived(), m.createdAt(), m.requireVersion());
    }

    private static List<RegisteredMeasure.Unit> units(List<PublishedMeasure.Unit> units) {
        return units.stream().map(u -> new RegisteredMeasure.Unit(u.code(), u.name())).toList();
    }
}
