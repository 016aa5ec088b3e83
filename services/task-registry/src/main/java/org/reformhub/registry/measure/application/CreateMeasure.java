package org.reformhub.registry.measure.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.reformhub.registry.measure.domain.MeasureChange;
import org.reformhub.registry.measure.domain.MeasureContent;
import org.reformhub.registry.measure.domain.MeasureId;
import org.reformhub.registry.measure.domain.MeasureSnapshot;
import org.reformhub.registry.programme.application.ManageProgrammes;

/** Registers a new reform measure in an open programme and announces it. */
@ApplicationScoped
public class CreateMeasure {

    private final ManageProgrammes programmes;
    private final MeasureJournal journal;

    public CreateMeasure(ManageProgrammes programmes, MeasureJournal journal) {
        this.programmes = programmes;
        this.journal = journal;
    }

    @Transactional
    public MeasureSnapshot execute(MeasureId id, MeasureContent content, String actor) {
        programmes.requireOpen(id.programme());
        return journal.create(id, content, actor, MeasureChange.Source.API);
    }
}
