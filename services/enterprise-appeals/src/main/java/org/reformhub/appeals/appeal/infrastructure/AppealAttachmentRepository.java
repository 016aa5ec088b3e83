package org.reformhub.appeals.appeal.infrastructure;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import org.reformhub.appeals.appeal.domain.AppealAttachment;

@ApplicationScoped
public class AppealAttachmentRepository implements PanacheRepositoryBase<AppealAttachment, UUID> {

    public List<AppealAttachment> ofAppeal(UUID appealId) {
        return list("appealId", Sort.ascending("file.uploadedAt"), appealId);
    }

    public long countOfAppeal(UUID appealId) {
        return count("appealId", appealId);
    }
}
