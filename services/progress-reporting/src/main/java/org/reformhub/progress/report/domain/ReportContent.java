package org.reformhub.progress.report.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.reformhub.progress.measure.domain.KpiValue;
import org.reformhub.progress.measure.domain.MeasureStatus;

import static org.reformhub.progress.ProgressTexts.text;

/** What a report says: everything a unit writes, checked against the measure it reports on. */
public record ReportContent(MeasureStatus claimedStatus, String narrative, List<WorkItemProgress> workItems,
                            List<KpiValue> kpis, String problems, List<SupportRequest> supportNeeded, String nextSteps) {

    /** What a report is checked against: the measure's work items, KPI names and kind. */
    public record MeasureFacts(int workItems, Set<String> kpiNames, boolean ongoing) {
    }

    /** A field and what is wrong with it, named as the API names it. */
    public record Violation(String field, String message) {
    }

    public ReportContent {
        workItems = workItems == null ? List.of() : List.copyOf(workItems);
        kpis = kpis == null ? List.of() : List.copyOf(kpis);
        supportNeeded = supportNeeded == null ? List.of() : List.copyOf(supportNeeded);
        narrative = narrative == null ? "" : narrative;
        problems = problems == null ? "" : problems;
        nextSteps = nextSteps == null ? "" : nextSteps;
    }

    public List<Violation> violations(MeasureFacts measure) {
        List<Violation> violations = new ArrayList<>();
        if (claimedStatus == MeasureStatus.ONGOING && !measure.ongoing()) {
            violations.add(new Violation("claimedStatus", text("report.ongoing-without-deadline")));
        }
        Set<Integer> items = new HashSet<>();
        for (WorkItemProgress item : workItems) {
            if (item.item() < 1 || item.item() > measure.workItems()) {
                violations.add(new Violation("workItems", text("report.unknown-work-item", item.item(), measure.workItems())));
            } else if (!items.add(item.item())) {
                violations.add(new Violation("workItems", text("report.work-item-twice", item.item())));
            }
        }
        Set<String> kpiNames = new HashSet<>();
        for (KpiValue kpi : kpis) {
            if (!measure.kpiNames().contains(kpi.name())) {
                violations.add(new Violation("kpis", text("report.unknown-kpi", kpi.name())));
            } else if (!kpiNames.add(kpi.name())) {
                violations.add(new Violation("kpis", text("report.kpi-twice", kpi.name())));
            }
        }
        return violations;
    }

    /** Support requests keep their answers when a returned report is edited and resubmitted. */
    ReportContent keepingAnswersOf(ReportContent earlier) {
        List<SupportRequest> kept = new ArrayList<>();
        for (SupportRequest asked : supportNeeded) {
            kept.add(earlier.supportNeeded.stream().filter(SupportRequest::answered)
                    .filter(e -> e.dept().equals(asked.dept()) && e.request().equals(asked.request())).findFirst()
                    .orElse(SupportRequest.asked(asked.dept(), asked.request())));
        }
        return new ReportContent(claimedStatus, narrative, workItems, kpis, problems, kept, nextSteps);
    }
}
