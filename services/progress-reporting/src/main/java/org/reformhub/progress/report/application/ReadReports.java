package org.reformhub.progress.report.application;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.reformhub.kernel.rule.RejectedException;
import org.reformhub.kernel.security.Caller;
import org.reformhub.progress.measure.application.TrackMeasures;
import org.reformhub.progress.measure.domain.RegisteredMeasure;
import org.reformhub.progress.report.domain.ProgressReport;
import org.reformhub.progress.report.domain.ReportSearch;
import org.reformhub.progress.report.domain.ReportRejection;
import org.reformhub.progress.report.domain.ReportStatus;
import org.reformhub.progress.report.infrastructure.ProgressReportRepository;

/**
 * Who may read which report: supervisors and admins every one; a department the reports of measures it is
 * responsible for (it sees its partners' contributions, the lead unit needs them to sign off) and its own.
 */
@ApplicationScoped
public class ReadReports {

    private final ProgressReportRepository reports;
    private final TrackMeasures measures;

    public ReadReports(ProgressReportRepository reports, TrackMeasures measures) {
        this.reports = reports;
        this.measures = measures;
    }

    @Transactional
    public ProgressReport get(Caller caller, UUID id) {
        ProgressReport report = reports.findByIdOptional(id)
                .orElseThrow(() -> new RejectedException(new ReportRejection.UnknownReport(id)));
        if (!caller.seesEverything() && !caller.mayActForDepartment(report.dept())) {
            requireResponsible(caller, report.programme(), report.code());
        }
        report.history().size(); // loaded inside the transaction: the response shows it
        return report;
    }

    @Transactional
    public List<ProgressReport> ofMeasure(Caller caller, String programme, String code, String period, int limit) {
        RegisteredMeasure measure = measures.require(programme, code, false).asRegistered();
        if (!caller.seesEverything()) {
            requireResponsible(caller, measure);
        }
        return reports.ofMeasure(programme, code, period, limit);
    }

    public List<ProgressReport> ofDepartment(String dept, String programme, ReportStatus status, int limit) {
        return reports.ofDepartment(dept, programme, status, limit);
    }

    /** A page of the reports that match and how many do in all (the caller's scope is in the search). */
    @Transactional
    public org.reformhub.kernel.api.Page<ProgressReport> search(ReportSearch search) {
        return new org.reformhub.kernel.api.Page<>(reports.search(search), reports.count(search));
    }

    public List<ProgressReport> awaitingReview(String programme, int limit) {
        return reports.awaitingReview(programme, limit);
    }

    private void requireResponsible(Caller caller, String programme, String code) {
        requireResponsible(caller, measures.require(programme, code, false).asRegistered());
    }

    private static void requireResponsible(Caller caller, RegisteredMeasure measure) {
        String dept = ReportWorkflow.actor(caller).dept();
        if (dept == null || !measure.isResponsible(dept)) {
            RejectedException.raise(new ReportRejection.NotResponsible(dept == null ? caller.username() : dept,
                    measure.programme(), measure.code()));
        }
    }
}
