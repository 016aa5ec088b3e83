package org.reformhub.appeals.measure.application;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;

import org.reformhub.kernel.cache.HeldValue;
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

    /** Fired inside the learning transaction; observed once it committed. */
    record Learned(MeasureRef ref) {
    }

    private final KnownMeasureRepository measures;
    private final Event<Learned> learned;
    /** Rebuilt at least every minute; a measure learned on this instance rebuilds it at once. */
    private final HeldValue<MeasureMatcher> matcher = new HeldValue<>(Duration.ofMinutes(1));

    public KnownMeasures(KnownMeasureRepository measures, Event<Learned> learned) {
        this.measures = measures;
        this.learned = learned;
    }

    /** Called by the registry consumer, in its transaction. */
    public void announced(KnownMeasure measure) {
        KnownMeasure known = measures.findById(measure.ref());
        if (known == null) {
            measures.persist(measure);
        } else if (!known.learn(measure)) {
            return;
        }
        learned.fire(new Learned(measure.ref()));
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) Learned change) {
        matcher.forget();
    }

    public Optional<KnownMeasure> find(MeasureRef ref) {
        return measures.findByIdOptional(ref);
    }

    @Transactional
    public List<KnownMeasure> ofProgramme(String programme) {
        return programme == null ? measures.current() : measures.ofProgramme(programme);
    }

    /**
     * Likely measures for an appeal's text, best first (at most three). The matcher is held in memory: a measure
     * learned through another instance reaches this one within a minute.
     */
    @Transactional
    public List<MeasureMatcher.Suggestion> suggest(String text) {
        return matcher.get(() -> new MeasureMatcher(measures.current())).suggest(text, 3);
    }
}
