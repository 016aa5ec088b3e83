package org.reformhub.appeals.measure.application;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.reformhub.appeals.measure.domain.KnownMeasure;
import org.reformhub.appeals.measure.domain.MeasureMatcher;
import org.reformhub.appeals.measure.domain.MeasureRef;
import org.reformhub.appeals.measure.infrastructure.KnownMeasureRepository;

/**
 * The reform measures this service knows from the registry's events: learned as they are announced, offered
 * for tagging, and matched against appeals' texts.
 */
@ApplicationScoped
public class KnownMeasures {

    private final KnownMeasureRepository measures;

    public KnownMeasures(KnownMeasureRepository measures) {
        this.measures = measures;
    }

    /** Called by the registry consumer, in its transaction. */
    public void announced(KnownMeasure measure) {
        KnownMeasure held = measures.findById(measure.ref());
        if (held == null) {
            measures.persist(measure);
        } else {
            held.learn(measure);
        }
    }

    public Optional<KnownMeasure> find(MeasureRef ref) {
        return measures.findByIdOptional(ref);
    }

    @Transactional
    public List<KnownMeasure> ofProgramme(String programme) {
        return programme == null ? measures.current() : measures.ofProgramme(programme);
    }

    /** Likely measures for an appeal's text, best first (at most three). */
    @Transactional
    public List<MeasureMatcher.Suggestion> suggest(String text) {
        return new MeasureMatcher(measures.current()).suggest(text, 3);
    }
}
