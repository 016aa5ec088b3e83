package org.reformhub.appeals.measure.application;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
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

    /** How long a matcher serves before it is rebuilt; a measure learned here rebuilds it at once. */
    private static final Duration HOLD = Duration.ofMinutes(1);

    /** Fired inside the learning transaction; observed once it committed. */
    record Learned(MeasureRef ref) {
    }

    private record Held(MeasureMatcher matcher, Instant builtAt) {
    }

    private final KnownMeasureRepository measures;
    private final Event<Learned> learned;
    private volatile Held held;

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
        held = null;
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
        Held current = held;
        if (current == null || current.builtAt().plus(HOLD).isBefore(Instant.now())) {
            current = new Held(new MeasureMatcher(measures.current()), Instant.now());
            held = current;
        }
        return current.matcher().suggest(text, 3);
    }
}
