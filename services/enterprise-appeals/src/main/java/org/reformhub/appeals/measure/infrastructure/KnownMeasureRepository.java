package org.reformhub.appeals.measure.infrastructure;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import org.reformhub.appeals.measure.domain.KnownMeasure;
import org.reformhub.appeals.measure.domain.MeasureRef;

@ApplicationScoped
public class KnownMeasureRepository implements PanacheRepositoryBase<KnownMeasure, MeasureRef> {

    public List<KnownMeasure> current() {
        return list("archived = false", Sort.ascending("programme", "code"));
    }

    public List<KnownMeasure> ofProgramme(String programme) {
        return list("programme = ?1 and archived = false", Sort.ascending("code"), programme);
    }
}
