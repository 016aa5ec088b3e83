package org.reformhub.registry.measure.infrastructure;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import org.reformhub.registry.measure.domain.MeasureChange;

@ApplicationScoped
public class MeasureChangeRepository implements PanacheRepositoryBase<MeasureChange, Long> {

    public List<MeasureChange.Entry> historyOf(String code) {
        return list("measureCode", Sort.by("id"), code).stream().map(MeasureChange::entry).toList();
    }
}
