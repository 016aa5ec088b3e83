package org.reformhub.progress.measure.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.reformhub.kernel.rule.RejectedException;
import org.reformhub.progress.measure.domain.MeasureRejection;
import org.reformhub.progress.measure.domain.RegisteredMeasure;
import org.reformhub.progress.measure.domain.TrackedMeasure;
import org.reformhub.progress.measure.domain.TrackedProgramme;
import org.reformhub.progress.measure.infrastructure.TrackedMeasureRepository;
import org.reformhub.progress.measure.infrastructure.TrackedProgrammeRepository;

/** Keeps the read model of the registry's measures and programmes: the one way it changes, and how it is read. */
@ApplicationScoped
public class TrackMeasures {

    /** What an announcement did to the read model. */
    public enum Outcome { NEW, CHANGED, UNCHANGED }

    private final TrackedMeasureRepository measures;
    private final TrackedProgrammeRepository programmes;
    private final MeasureChanges changes;

    public TrackMeasures(TrackedMeasureRepository measures, TrackedProgrammeRepository programmes, MeasureChanges changes) {
        this.measures = measures;
        this.programmes = programmes;
        this.changes = changes;
    }

    /** Joins the consumer's transaction (the processed-event record commits with it). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome announced(RegisteredMeasure measure) {
        TrackedMeasure known = measures.findByIdOptional(new TrackedMeasure.Key(measure.programme(), measure.code()))
                .orElse(null);
        Outcome outcome;
        if (known == null) {
            measures.persist(TrackedMeasure.of(measure, Instant.now()));
            outcome = Outcome.NEW;
        } else {
            outcome = known.apply(measure, Instant.now()) ? Outcome.CHANGED : Outcome.UNCHANGED;
        }
        if (outcome != Outcome.UNCHANGED) {
            changes.touched(measure.programme(), measure.code());
        }
        return outcome;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void programmeAnnounced(String code, String title, String status, long version) {
        TrackedProgramme known = programmes.findById(code);
        if (known == null) {
            programmes.persist(TrackedProgramme.of(code, title, status, version, Instant.now()));
        } else {
            known.apply(title, status, version, Instant.now());
        }
    }

    /** The measure, locked for the rest of the transaction when {@code forUpdate}; 404 when unknown. */
    @Transactional(Transactional.TxType.MANDATORY)
    public TrackedMeasure require(String programme, String code, boolean forUpdate) {
        TrackedMeasure.Key key = new TrackedMeasure.Key(programme, code);
        Optional<TrackedMeasure> measure = forUpdate
                ? Optional.ofNullable(measures.findById(key, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE))
                : measures.findByIdOptional(key);
        return measure.orElseThrow(() -> new RejectedException(new MeasureRejection.UnknownMeasure(programme, code)));
    }

    public Optional<TrackedProgramme> programme(String code) {
        return programmes.findByIdOptional(code);
    }

    /** A programme's measures in force, in code order (every programme's when null). */
    public List<TrackedMeasure> inForce(String programme) {
        return measures.inForce(programme, null, Integer.MAX_VALUE);
    }

    /** The newest programme this service has seen measures of, for lists that default to "the current one". */
    public Optional<String> currentProgramme() {
        return measures.newestProgramme();
    }
}
