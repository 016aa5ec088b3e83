package org.reformhub.progress.measure.application;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.reformhub.progress.measure.domain.RegisteredMeasure;
import org.reformhub.progress.measure.domain.TrackedMeasure;
import org.reformhub.progress.measure.infrastructure.TrackedMeasureRepository;

/** Keeps the read model of the registry's measures: the one way it changes. */
@ApplicationScoped
public class TrackMeasures {

    private final TrackedMeasureRepository measures;

    public TrackMeasures(TrackedMeasureRepository measures) {
        this.measures = measures;
    }

    /**
     * Joins the consumer's transaction (the processed-event record commits with it).
     * @return true when the announcement changed what this service knows
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean announced(RegisteredMeasure measure) {
        TrackedMeasure known = measures.findByIdOptional(new TrackedMeasure.Key(measure.programme(), measure.code()))
                .orElse(null);
        if (known == null) {
            measures.persist(TrackedMeasure.of(measure, Instant.now()));
            return true;
        }
        return known.apply(measure, Instant.now());
    }
}
