package org.reformhub.progress.report.infrastructure;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import org.reformhub.progress.report.domain.ProgressReport;

@ApplicationScoped
public class ProgressReportRepository implements PanacheRepositoryBase<ProgressReport, UUID> {

    public List<ProgressReport> ofDepartment(String dept) {
        return list("dept", Sort.descending("submittedAt"), dept);
    }
}
