package org.reformhub.appeals.cityreport.infrastructure;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

import org.reformhub.appeals.cityreport.domain.CityReport;

@ApplicationScoped
public class CityReportRepository implements PanacheRepositoryBase<CityReport, UUID> {

    public List<CityReport> latest(CityReport.Kind kind, int limit) {
        Sort newest = Sort.descending("document.uploadedAt");
        return (kind == null ? findAll(newest) : find("kind", newest, kind)).page(Page.ofSize(limit)).list();
    }
}
