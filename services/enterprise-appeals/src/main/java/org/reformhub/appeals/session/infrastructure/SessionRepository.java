package org.reformhub.appeals.session.infrastructure;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

import org.reformhub.appeals.session.domain.FaceToFaceSession;

@ApplicationScoped
public class SessionRepository implements PanacheRepositoryBase<FaceToFaceSession, UUID> {

    public List<FaceToFaceSession> latest(int limit) {
        return findAll(Sort.descending("heldOn").and("createdAt", Sort.Direction.Descending)).page(Page.ofSize(limit)).list();
    }
}
