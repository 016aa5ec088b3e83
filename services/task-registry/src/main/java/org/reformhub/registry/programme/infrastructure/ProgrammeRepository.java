package org.reformhub.registry.programme.infrastructure;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import org.reformhub.registry.programme.domain.Programme;

@ApplicationScoped
public class ProgrammeRepository implements PanacheRepositoryBase<Programme, String> {

    /** Newest first: the programme a city works on now heads the list. */
    public List<Programme> newestFirst() {
        return listAll(Sort.descending("createdAt").and("code"));
    }
}
