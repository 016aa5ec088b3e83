package org.reformhub.registry.measure.application;

import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.reformhub.kernel.problem.ProblemException;
import org.reformhub.kernel.problem.ProblemType;
import org.reformhub.registry.measure.domain.Measure;
import org.reformhub.registry.measure.domain.MeasureChange;
import org.reformhub.registry.measure.domain.MeasureContent;
import org.reformhub.registry.measure.domain.MeasureSnapshot;
import org.reformhub.registry.measure.infrastructure.MeasureRepository;

/**
 * Edits a measure under optimistic locking: the caller names the version it read (ETag / If-Match);
 * if someone changed the measure since, nothing is written and the answer is 412.
 */
@ApplicationScoped
public class ChangeMeasure {

    private final MeasureRepository measures;
    private final MeasureJournal journal;

    public ChangeMeasure(MeasureRepository measures, MeasureJournal journal) {
        this.measures = measures;
        this.journal = journal;
    }

    @Transactional
    public MeasureSnapshot execute(String code, long expectedVersion, UnaryOperator<MeasureContent> edit, String actor) {
        Measure measure = atVersion(code, expectedVersion);
        if (measure.isArchived()) {
            throw ProblemException.domain(409, "measure-archived", "改革举措已归档，不能修改", "measure " + code + " is archived");
        }
        MeasureContent next;
        try {
            next = edit.apply(measure.content());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(e.getMessage(), java.util.List.of());
        }
        journal.change(measure, next, actor, MeasureChange.Source.API);
        return measure.snapshot();
    }

    @Transactional
    public MeasureSnapshot archive(String code, long expectedVersion, String actor) {
        Measure measure = atVersion(code, expectedVersion);
        journal.archive(measure, actor);
        return measure.snapshot();
    }

    /** The measure, if it is still at the version the caller read; else 412 (someone changed it since). */
    private Measure atVersion(String code, long expectedVersion) {
        Measure measure = measures.findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound("改革举措 " + code + " 不存在"));
        if (measure.version() != expectedVersion) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                    "measure " + code + " is at version " + measure.version() + ", not " + expectedVersion);
        }
        return measure;
    }
}
