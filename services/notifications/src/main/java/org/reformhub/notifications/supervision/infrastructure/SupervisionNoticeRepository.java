package org.reformhub.notifications.supervision.infrastructure;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import org.reformhub.notifications.supervision.domain.NoticeStatus;
import org.reformhub.notifications.supervision.domain.SupervisionNotice;

@ApplicationScoped
public class SupervisionNoticeRepository implements PanacheRepositoryBase<SupervisionNotice, UUID> {

    /** 督办〔2026〕12号: numbered in one sequence (gaps possible after a rollback; the number is a name, not a count). */
    public long nextNumber() {
        return ((Number) getEntityManager().createNativeQuery("select nextval('supervision_notice_number')").getSingleResult())
                .longValue();
    }

    public org.reformhub.kernel.api.Page<SupervisionNotice> of(String dept, org.reformhub.kernel.api.PageRequest page) {
        return page.of(dept == null ? findAll(Sort.descending("issuedAt")) : find("dept", Sort.descending("issuedAt"), dept));
    }

    public List<SupervisionNotice> unanswered() {
        return list("status in ?1", List.of(NoticeStatus.ISSUED, NoticeStatus.ACKNOWLEDGED));
    }

    public List<SupervisionNotice> all() {
        return listAll(Sort.ascending("dept"));
    }
}
