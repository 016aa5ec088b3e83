package org.reformhub.appeals.cityreport.infrastructure;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import org.reformhub.appeals.cityreport.domain.CityReport;

@ApplicationScoped
public class CityReportRepository implements PanacheRepositoryBase<CityReport, UUID> {

    public org.reformhub.kernel.api.Page<CityReport> latest(CityReport.Kind kind, org.reformhub.kernel.api.PageRequest page) {
        Sort newest = Sort.descending("document.uploadedAt");
        return page.of(kind == null ? findAll(newest) : find("kind", newest, kind));
    }
}
