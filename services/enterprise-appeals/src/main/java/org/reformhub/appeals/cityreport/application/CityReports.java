package org.reformhub.appeals.cityreport.application;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.reformhub.kernel.file.store.AttachmentStore;
import org.reformhub.kernel.outbox.Outbox;
import org.reformhub.kernel.rule.RejectedException;
import org.reformhub.kernel.security.Caller;
import org.reformhub.appeals.appeal.application.ReadAppeals;
import org.reformhub.appeals.appeal.domain.Appeal;
import org.reformhub.appeals.assessment.application.AppealFigures;
import org.reformhub.appeals.cityreport.domain.CityReport;
import org.reformhub.appeals.cityreport.domain.CityReportRejection;
import org.reformhub.appeals.cityreport.events.CityReportContract;
import org.reformhub.appeals.cityreport.infrastructure.CityReportRepository;
import org.reformhub.appeals.cityreport.infrastructure.SpecialReportDocument;
import org.reformhub.appeals.assessment.domain.Unresolved;
import org.reformhub.appeals.assessment.domain.MonthlyReport;
import org.reformhub.kernel.city.CityTime;

import static org.reformhub.appeals.AppealTexts.text;

/**
 * Reports to the city government (月报, 专题报告): the supervision office publishes them; each is kept as the
 * Word document sent and announced with {@code report.published} (notifications tell the city's office).
 */
@ApplicationScoped
public class CityReports {

    private final CityReportRepository reports;
    private final AppealFigures figures;
    private final ReadAppeals appeals;
    private final AttachmentStore store;
    private final Outbox outbox;

    public CityReports(CityReportRepository reports, AppealFigures figures, ReadAppeals appeals, AttachmentStore store,
                       Outbox outbox) {
        this.reports = reports;
        this.figures = figures;
        this.appeals = appeals;
        this.store = store;
        this.outbox = outbox;
    }

    /** Publishes the month's report as it stands today; publishing again sends a corrected edition. */
    @Transactional
    public CityReport publishMonthly(Caller caller, YearMonth month) {
        if (month.isAfter(YearMonth.now(CityTime.ZONE))) {
            RejectedException.raise(new CityReportRejection.NothingToReport(text("city-report.month-not-begun")));
        }
        MonthlyReport monthly = figures.monthlyReport(month, null);
        String title = "企业直通车诉求办理情况月报（" + month.getYear() + "年" + month.getMonthValue() + "月）";
        byte[] docx = figures.document(monthly);
        CityReport report = new CityReport(CityReport.Kind.MONTHLY, month.toString(), title, null,
                monthly.unresolved().stream().map(Unresolved::caseNumber).toList(),
                store.accept(title + ".docx", docx, caller.username()));
        reports.persist(report);
        outbox.append(CityReportContract.published(report, monthly.total()));
        return report;
    }

    /** A special report on chosen matters, e.g. the unresolved cases the monthly session could not settle. */
    @Transactional
    public CityReport publishSpecial(Caller caller, String title, String summary, List<String> caseNumbers) {
        List<String> distinct = caseNumbers.stream().distinct().toList();
        List<Appeal> cases = distinct.stream().map(c -> appeals.forStaff(caller, c)).toList();
        byte[] docx = SpecialReportDocument.docx(title, summary, cases, CityTime.today());
        CityReport report = new CityReport(CityReport.Kind.SPECIAL, null, title, summary, distinct,
                store.accept(title + ".docx", docx, caller.username()));
        reports.persist(report);
        outbox.append(CityReportContract.published(report, null));
        return report;
    }

    @Transactional
    public org.reformhub.kernel.api.Page<CityReport> latest(CityReport.Kind kind, org.reformhub.kernel.api.PageRequest page) {
        return reports.latest(kind, page);
    }

    @Transactional
    public CityReport get(UUID id) {
        return reports.findByIdOptional(id).orElseThrow(() -> new RejectedException(new CityReportRejection.UnknownReport(id)));
    }
}
