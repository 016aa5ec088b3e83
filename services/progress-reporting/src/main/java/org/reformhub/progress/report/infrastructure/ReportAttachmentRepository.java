package org.reformhub.progress.report.infrastructure;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import org.reformhub.progress.report.domain.ReportAttachment;

@ApplicationScoped
public class ReportAttachmentRepository implements PanacheRepositoryBase<ReportAttachment, UUID> {

    public List<ReportAttachment> ofReport(UUID reportId) {
        return list("reportId", Sort.ascending("file.uploadedAt"), reportId);
    }

    public long countOfReport(UUID reportId) {
        return count("reportId", reportId);
    }
}
