package org.reformhub.progress.report.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.reformhub.progress.measure.application.MeasureStatusBook;
import org.reformhub.progress.measure.domain.OfficialStatus;
import org.reformhub.progress.measure.domain.RegisteredMeasure;
import org.reformhub.progress.report.domain.ProgressReport;
import org.reformhub.progress.report.infrastructure.ProgressReportRepository;
import org.reformhub.progress.schedule.domain.ReportingPeriod;
import org.reformhub.progress.schedule.domain.ReportingSchedule;
import org.reformhub.kernel.city.CityTime;

/**
 * A measure's first official status. Normally the table's stated status and 备注, kept as an imported report;
 * when the read model is rebuilt (a replay from offset 0) its approved reports are already here and the
 * latest of them is the status again, so a rebuild ends where the service was.
 */
@ApplicationScoped
public class FirstStatus {

    private final ProgressReportRepository reports;
    private final MeasureStatusBook statusBook;

    public FirstStatus(ProgressReportRepository reports, MeasureStatusBook statusBook) {
        this.reports = reports;
        this.statusBook = statusBook;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void establish(RegisteredMeasure measure, ReportingSchedule schedule) {
        Optional<ProgressReport> latest = reports.latestApprovedConsolidated(measure.programme(), measure.code());
        if (latest.isEmpty() && !measure.leadUnits().isEmpty()) {
            LocalDate today = CityTime.today();
            ReportingPeriod period = ReportingPeriod.containing(today, schedule.frequencyFor(measure.ongoing()));
            ProgressReport imported = ProgressReport.imported(measure.programme(), measure.code(),
                    measure.leadUnits().get(0).code(), period.code(), schedule.dueDate(period), measure.statedAsStatus(),
                    measure.remark(), Instant.now());
            reports.persist(imported);
            latest = Optional.of(imported);
        }
        latest.ifPresent(report -> statusBook.record(measure.programme(), measure.code(), officialStatus(report)));
    }

    static OfficialStatus officialStatus(ProgressReport report) {
        return new OfficialStatus(report.content().claimedStatus(), report.period(), report.dueDate(),
                report.content().narrative(), report.content().kpis(), report.id(), report.reviewedAt());
    }
}
