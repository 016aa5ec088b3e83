package org.reformhub.progress.measure.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import org.reformhub.progress.measure.domain.TrackedProgramme;

@ApplicationScoped
public class TrackedProgrammeRepository implements PanacheRepositoryBase<TrackedProgramme, String> {
}
