package org.reformhub.registry.measure.application;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.reformhub.registry.measure.domain.Measure;
import org.reformhub.registry.measure.domain.MeasureSnapshot;
import org.reformhub.registry.measure.infrastructure.MeasureRepository;

/** Reads of the measure register for other features (exports), so they never touch its repository. */
@ApplicationScoped
public class ReadMeasures {

    private final MeasureRepository measures;

    public ReadMeasures(MeasureRepository measures) {
        this.measures = measures;
    }

    /** One programme's measures in force, in code order (1-01, 1-02, … 2-01, …). */
    @Transactional
    public List<MeasureSnapshot> inForceByCode(String programme) {
        return measures.inForceByCode(programme).stream().map(Measure::snapshot).toList();
    }
}
