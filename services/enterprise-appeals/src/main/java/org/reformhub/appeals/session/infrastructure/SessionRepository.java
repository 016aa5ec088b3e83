package org.reformhub.appeals.session.infrastructure;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import org.reformhub.appeals.session.domain.FaceToFaceSession;

@ApplicationScoped
public class SessionRepository implements PanacheRepositoryBase<FaceToFaceSession, UUID> {

    /** The newest sessions, of one level if given (a district office sees its own). */
    public org.reformhub.kernel.api.Page<FaceToFaceSession> latest(String level, org.reformhub.kernel.api.PageRequest page) {
        Sort newest = Sort.descending("heldOn").and("createdAt", Sort.Direction.Descending);
        return page.of(level == null ? findAll(newest) : find("level", newest, level));
    }

    /** The monthly sessions held in a month, at every level. */
    public List<FaceToFaceSession> monthlyIn(java.time.YearMonth month) {
        return list("monthly = true and heldOn >= ?1 and heldOn <= ?2", month.atDay(1), month.atEndOfMonth());
    }
}
