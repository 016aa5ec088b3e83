package org.reformhub.registry.measure.application;

import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.reformhub.kernel.rule.RejectedException;
import org.reformhub.registry.measure.domain.Measure;
import org.reformhub.registry.measure.domain.MeasureChange;
import org.reformhub.registry.measure.domain.MeasureContent;
import org.reformhub.registry.measure.domain.MeasureId;
import org.reformhub.registry.measure.domain.MeasureRejection;
import org.reformhub.registry.measure.domain.MeasureSnapshot;
import org.reformhub.registry.measure.infrastructure.MeasureRepository;
import org.reformhub.registry.programme.application.ManageProgrammes;

/**
 * Edits or archives a measure under optimistic locking: the caller names the version it read (ETag /
 * If-Match); if someone changed the measure since, or its programme is closed, nothing is written.
 */
@ApplicationScoped
public class ChangeMeasure {

    private final MeasureRepository measures;
    private final ManageProgrammes programmes;
    private final MeasureJournal journal;

    public ChangeMeasure(MeasureRepository measures, ManageProgrammes programmes, MeasureJournal journal) {
        this.measures = measures;
        this.programmes = programmes;
        this.journal = journal;
    }

    @Transactional
    public MeasureSnapshot execute(MeasureId id, long expectedVersion, UnaryOperator<MeasureContent> edit, String actor) {
        Measure measure = editable(id, expectedVersion);
        MeasureContent next;
        try {
            next = edit.apply(measure.content());
        } catch (IllegalArgumentException e) {
            throw new RejectedException(new MeasureRejection.IncompleteMeasure(e.getMessage()));
        }
        journal.change(measure, next, actor, MeasureChange.Source.API);
        return measure.snapshot();
    }

    @Transactional
    public MeasureSnapshot archive(MeasureId id, long expectedVersion, String actor) {
        Measure measure = editable(id, expectedVersion);
        journal.archive(measure, actor);
        return measure.snapshot();
    }

    private Measure editable(MeasureId id, long expectedVersion) {
        Measure measure = measures.findByIdOptional(id)
                .orElseThrow(() -> new RejectedException(new MeasureRejection.UnknownMeasure(id)));
        programmes.requireOpen(id.programme());
        RejectedException.raiseIfAny(measure.refuseEdit(expectedVersion));
        return measure;
    }
}
