package org.reformhub.appeals.note.infrastructure;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import org.reformhub.appeals.note.domain.InternalNote;

@ApplicationScoped
public class InternalNoteRepository implements PanacheRepositoryBase<InternalNote, UUID> {

    public List<InternalNote> ofAppeal(UUID appealId) {
        return list("appealId", Sort.ascending("writtenAt"), appealId);
    }
}
