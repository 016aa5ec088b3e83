package org.reformhub.registry.measure.infrastructure;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import org.reformhub.registry.measure.domain.MeasureChange;
import org.reformhub.registry.measure.domain.MeasureId;

@ApplicationScoped
public class MeasureChangeRepository implements PanacheRepositoryBase<MeasureChange, Long> {

    public List<MeasureChange.Entry> historyOf(MeasureId id) {
        return list("programme = ?1 and measureCode = ?2", Sort.by("id"), id.programme(), id.code()).stream()
                .map(MeasureChange::entry).toList();
    }
}
