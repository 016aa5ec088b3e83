package org.reformhub.registry.measure.application;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.reformhub.kernel.outbox.Outbox;
import org.reformhub.kernel.rule.RejectedException;
import org.reformhub.registry.measure.domain.Measure;
import org.reformhub.registry.measure.domain.MeasureChange;
import org.reformhub.registry.measure.domain.MeasureContent;
import org.reformhub.registry.measure.domain.MeasureEvent;
import org.reformhub.registry.measure.domain.MeasureId;
import org.reformhub.registry.measure.domain.MeasureRejection;
import org.reformhub.registry.measure.domain.MeasureSnapshot;
import org.reformhub.registry.department.domain.ResponsibleUnit;
import org.reformhub.registry.measure.events.MeasureContract;
import org.reformhub.registry.measure.infrastructure.MeasureChangeRepository;
import org.reformhub.registry.measure.infrastructure.MeasureRepository;
import org.reformhub.registry.programme.application.ManageProgrammes;
import org.reformhub.registry.programme.domain.ProgrammeSnapshot;
import org.reformhub.registry.programme.domain.ProgrammeStatus;
import org.reformhub.registry.department.domain.UnitMerged;

/**
 * The one way a measure is created or changed, whoever asks (API, import, department merge): state,
 * history entry and event are written in the caller's transaction. Other features use this port, never
 * the measure repository.
 */
@ApplicationScoped
public class MeasureJournal {

    private final MeasureRepository measures;
    private final MeasureChangeRepository history;
    private final Outbox outbox;
    private final ManageProgrammes programmes;

    public MeasureJournal(MeasureRepository measures, MeasureChangeRepository history, Outbox outbox,
                          ManageProgrammes programmes) {
        this.measures = measures;
        this.history = history;
        this.outbox = outbox;
        this.programmes = programmes;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public MeasureSnapshot create(MeasureId id, MeasureContent content, String actor, MeasureChange.Source source) {
        if (measures.findByIdOptional(id).isPresent()) {
            RejectedException.raise(new MeasureRejection.MeasureCodeTaken(id));
        }
        Instant now = Instant.now();
        Measure measure = new Measure(id, content, now);
        measures.persistAndFlush(measure);
        history.persist(new MeasureChange(id, now, actor, source, content.asInitialChanges()));
        outbox.append(MeasureContract.of(new MeasureEvent.MeasureCreated(measure.snapshot())));
        return measure.snapshot();
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
        history.persist(new MeasureChange(measure.id(), now, actor, source, changes));
        List<String> fields = changes.stream().map(MeasureContent.FieldChange::field).toList();
        outbox.append(MeasureContract.of(new MeasureEvent.MeasureUpdated(measure.snapshot(), fields)));
        return fields;
    }

    /** For an import: sets the measure's content as the table has it; @return the changed fields */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> change(MeasureId id, MeasureContent next, String actor, MeasureChange.Source source) {
        Measure measure = measures.findByIdOptional(id)
                .orElseThrow(() -> new RejectedException(new MeasureRejection.UnknownMeasure(id)));
        return change(measure, next, actor, source);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void archive(Measure measure, String actor) {
        Instant now = Instant.now();
        RejectedException.raiseIfAny(measure.archive(now));
        measures.flush();
        history.persist(new MeasureChange(measure.id(), now, actor, MeasureChange.Source.API,
                List.of(new MeasureContent.FieldChange("archived", false, true))));
        outbox.append(MeasureContract.of(new MeasureEvent.MeasureArchived(measure.snapshot())));
    }

    /** What an import compares a table with: the programme's measures in force by code, and its archived codes. */
    public record ProgrammeMeasures(Map<String, MeasureContent> inForce, Set<String> archived) {
        public static final ProgrammeMeasures NONE = new ProgrammeMeasures(Map.of(), Set.of());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ProgrammeMeasures measuresOf(String programme) {
        Map<String, MeasureContent> inForce = new HashMap<>();
        Set<String> archived = new HashSet<>();
        for (Measure measure : measures.list("id.programme", programme)) {
            if (measure.isArchived()) {
                archived.add(measure.id().code());
            } else {
                inForce.put(measure.id().code(), measure.content());
            }
        }
        return new ProgrammeMeasures(inForce, archived);
    }

    /**
     * After a department merge in the catalogue: every measure in force that names {@code departmentCode}
     * names {@code replacement} instead, with history and events. Measures of closed programmes are history
     * and keep the names they had.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    /** A merged department's measures name the survivor instead (open programmes only; closed ones are history). */
    void unitMerged(@Observes UnitMerged merged) {
        reassignUnit(merged.duplicateCode(), merged.survivor(), merged.actor());
    }

    public int reassignUnit(String departmentCode, ResponsibleUnit replacement, String actor) {
        int changed = 0;
        List<String> open = programmes.list().stream().filter(p -> p.status() == ProgrammeStatus.ACTIVE)
                .map(ProgrammeSnapshot::code).toList();
        for (Measure measure : measures.namingDepartment(departmentCode, open)) {
            if (!change(measure, measure.content().withUnitReplaced(departmentCode, replacement), actor,
                    MeasureChange.Source.API).isEmpty()) {
                changed++;
            }
        }
        return changed;
    }
}
