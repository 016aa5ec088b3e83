package org.reformhub.registry.measure.application;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.reformhub.kernel.outbox.Outbox;
import org.reformhub.registry.measure.domain.Measure;
import org.reformhub.registry.measure.domain.MeasureChange;
import org.reformhub.registry.measure.domain.MeasureContent;
import org.reformhub.registry.measure.domain.MeasureEvent;
import org.reformhub.registry.measure.domain.MeasureSnapshot;
import org.reformhub.registry.measure.infrastructure.MeasureChangeRepository;
import org.reformhub.registry.measure.infrastructure.MeasureRepository;

/**
 * The one way a measure is created or changed, whoever asks (API or import): state, history entry
 * and event are written in the caller's transaction.
 */
@ApplicationScoped
public class MeasureJournal {

    private final MeasureRepository measures;
    private final MeasureChangeRepository history;
    private final Outbox outbox;

    public MeasureJournal(MeasureRepository measures, MeasureChangeRepository history, Outbox outbox) {
        this.measures = measures;
        this.history = history;
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public MeasureSnapshot create(String code, MeasureContent content, String actor, MeasureChange.Source source) {
        Instant now = Instant.now();
        Measure measure = new Measure(code, content, now);
        measures.persistAndFlush(measure);
        MeasureSnapshot snapshot = measure.snapshot();
        history.persist(new MeasureChange(code, now, actor, source, content.asInitialChanges()));
        outbox.append(new MeasureEvent.MeasureCreated(snapshot));
        return snapshot;
    }

    /** @return the changed fields; empty when nothing differed (then nothing is written) */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> change(Measure measure, MeasureContent next, String actor, MeasureChange.Source source) {
        Instant now = Instant.now();
        List<MeasureContent.FieldChange> changes = measure.change(next, now);
        if (changes.isEmpty()) {
            return List.of();
        }
        measures.flush();
        history.persist(new MeasureChange(measure.code(), now, actor, source, changes));
        List<String> fields = changes.stream().map(MeasureContent.FieldChange::field).toList();
        outbox.append(new MeasureEvent.MeasureUpdated(measure.snapshot(), fields));
        return fields;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean archive(Measure measure, String actor) {
        Instant now = Instant.now();
        if (!measure.archive(now)) {
            return false;
        }
        measures.flush();
        history.persist(new MeasureChange(measure.code(), now, actor, MeasureChange.Source.API,
                List.of(new MeasureContent.FieldChange("archived", false, true))));
        outbox.append(new MeasureEvent.MeasureArchived(measure.snapshot()));
        return true;
    }
}
