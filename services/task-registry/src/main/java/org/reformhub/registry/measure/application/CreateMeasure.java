package org.reformhub.registry.measure.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.reformhub.kernel.problem.ProblemException;
import org.reformhub.registry.measure.domain.MeasureChange;
import org.reformhub.registry.measure.domain.MeasureContent;
import org.reformhub.registry.measure.domain.MeasureSnapshot;
import org.reformhub.registry.measure.infrastructure.MeasureRepository;

/** Registers a new reform measure and announces it. */
@ApplicationScoped
public class CreateMeasure {

    private final MeasureRepository measures;
    private final MeasureJournal journal;

    public CreateMeasure(MeasureRepository measures, MeasureJournal journal) {
        this.measures = measures;
        this.journal = journal;
    }

    @Transactional
    public MeasureSnapshot execute(String code, MeasureContent content, String actor) {
        if (measures.findByIdOptional(code).isPresent()) {
            throw ProblemException.domain(409, "measure-exists", "改革举措编号已存在", "measure " + code + " already exists");
        }
        return journal.create(code, content, actor, MeasureChange.Source.API);
    }
}
