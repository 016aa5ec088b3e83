package org.reformhub.registry.measure.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import org.reformhub.registry.measure.domain.Measure;

@ApplicationScoped
public class MeasureRepository implements PanacheRepositoryBase<Measure, String> {
}
