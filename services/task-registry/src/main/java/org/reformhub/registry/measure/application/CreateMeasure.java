package org.reformhub.registry.measure.application;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.reformhub.kernel.outbox.Outbox;
import org.reformhub.kernel.problem.ProblemException;
import org.reformhub.registry.measure.domain.Deadline;
import org.reformhub.registry.measure.domain.Measure;
import org.reformhub.registry.measure.domain.MeasureEvent;
import org.reformhub.registry.measure.domain.MeasureList;
import org.reformhub.registry.measure.domain.MeasureSnapshot;
import org.reformhub.registry.measure.domain.ResponsibleUnit;
import org.reformhub.registry.measure.infrastructure.MeasureRepository;

/** Registers a new reform measure and announces it. */
@ApplicationScoped
public class CreateMeasure {

    public record Command(String code, MeasureList list, String domain, String title, List<ResponsibleUnit> leadUnits,
                          List<ResponsibleUnit> cooperatingUnits, Deadline deadline) {
    }

    private final MeasureRepository measures;
    private final Outbox outbox;

    public CreateMeasure(MeasureRepository measures, Outbox outbox) {
        this.measures = measures;
        this.outbox = outbox;
    }

    @Transactional
    public MeasureSnapshot execute(Command command) {
        if (measures.findByIdOptional(command.code()).isPresent()) {
            throw ProblemException.domain(409, "measure-exists", "改革举措编号已存在", "measure " + command.code() + " already exists");
        }
        Measure measure = new Measure(command.code(), command.list(), command.domain(), command.title(),
                command.leadUnits(), command.cooperatingUnits(), command.deadline(), Instant.now());
        measures.persistAndFlush(measure);
        MeasureSnapshot snapshot = measure.snapshot();
        outbox.append(new MeasureEvent.MeasureCreated(snapshot));
        return snapshot;
    }
}
