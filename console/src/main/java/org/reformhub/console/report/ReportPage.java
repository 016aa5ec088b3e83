package org.reformhub.console.report;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import org.reformhub.console.backend.Answers;
import org.reformhub.console.backend.ProgressApi;
import org.reformhub.console.backend.ReferenceData;
import org.reformhub.console.backend.RegistryApi;
import org.reformhub.console.shell.Choice;
import org.reformhub.console.shell.CurrentViewer;
import org.reformhub.console.shell.Forms;
import org.reformhub.console.shell.PageContext;
import org.reformhub.console.shell.Uploads;
import org.reformhub.console.shell.Viewer;

/**
 * A report's page and what the report forms come back to: the report with what just happened, or the page again with
 * each error beside its field and what was typed kept; saving, attaching and submitting in one go. Shared by
 * {@link ReportPages} and {@link MeasurePages}.
 */
@jakarta.enterprise.context.RequestScoped
public class ReportPage {

    @CheckedTemplate(basePath = "ReportPages")
    static class Templates {
        static native TemplateInstance report(PageContext page, ProgressApi.Report report, String done, boolean canEdit,
                                              boolean canReview, List<Integer> canAnswer, Consolidation consolidation,
                                              List<ProgressApi.Attachment> attachments, ReportFormView.View form,
                                              Map<String, String> errors, Map<String, String> typed,
                                              Map<String, String> labels, List<Choice> statuses);

        static native TemplateInstance reviews(PageContext page, List<ProgressApi.Report> reports);
    }

    /**
     * A lead unit's view of a period: the cooperating units' parts (配合单位报告) its consolidated report takes in,
     * and the units whose part has not come yet.
     */
    public record Consolidation(String period, List<ProgressApi.Report> parts, List<String> waitingFor) {
        static Consolidation of(ProgressApi.Measure measure, String period, List<ProgressApi.Report> ofPeriod) {
            List<ProgressApi.Report> parts = ofPeriod.stream().filter(r -> !r.consolidated()).toList();
            List<String> reported = parts.stream().filter(r -> !"DRAFT".equals(r.status())).map(ProgressApi.Report::dept).toList();
            return new Consolidation(period, parts, measure.cooperatingUnits() == null ? List.of()
                    : measure.cooperatingUnits().stream().filter(u -> !reported.contains(u)).toList());
        }
    }

    static final List<String> DONE = List.of("submitted", "resubmitted", "approved", "returned", "saved", "attached",
            "removed", "answered", "attachment-failed");

    private final CurrentViewer viewer;
    private final ProgressApi progress;
    private final RegistryApi registry;
    private final ReferenceData reference;

    ReportPage(CurrentViewer viewer, @RestClient ProgressApi progress, @RestClient RegistryApi registry,
               ReferenceData reference) {
        this.viewer = viewer;
        this.progress = progress;
        this.registry = registry;
        this.reference = reference;
    }

    /** After the content is saved: the file attached (once, however often the button was pressed), then the submission. */
    Response finish(UUID id, long version, ReportForm form, String saved, String submitted) {
        if (form.file() != null) {
            Uploads.Chosen file = form.file();
            boolean there = progress.attachments(id).items().stream()
                    .anyMatch(a -> a.fileName().equals(file.name()) && a.size() == file.content().length);
            if (!there) {
                try (Response stored = Answers.of(() -> progress.attach(id, file.name(), file.mediaType(), file.content()))) {
                    if (stored.getStatus() / 100 != 2) {
                        return seeReport(id, "attachment-failed");
                    }
                }
            }
        }
        if (!form.submits()) {
            return seeReport(id, form.file() != null ? "attached" : saved);
        }
        return Forms.afterPost(() -> progress.submit(id, ProgressApi.ifMatch(version)),
                "/app/progress-reports/" + id + "?done=" + submitted, errors -> reportPage(id, null, errors, form.typed()));
    }

    Response act(UUID id, String done, Map<String, String> typed, Supplier<Response> call) {
        return Forms.afterPost(call, "/app/progress-reports/" + id + "?done=" + done, errors -> reportPage(id, null, errors, typed));
    }

    static Response seeReport(UUID id, String done) {
        return Response.seeOther(java.net.URI.create("/app/progress-reports/" + id + "?done=" + done)).build();
    }

    /** What a report on the measure is checked against: how many work items it has, and its KPIs. */
    record Facts(ProgressApi.MeasureDetail detail, RegistryApi.RegisteredMeasure registered) {
        int workItems() {
            return detail.workItems() == null ? 0 : detail.workItems().size();
        }

        List<RegistryApi.Kpi> kpis() {
            return ReportPage.kpis(registered);
        }
    }

    Facts facts(String programme, String code) {
        return new Facts(progress.measure(programme, code), registry.measure(programme, code));
    }

    /** A report with what it says, its files and history; {@code typed} is a refused form's input (null: the report's own). */
    TemplateInstance reportPage(UUID id, String done, Map<String, String> errors, Map<String, String> typed) {
        Viewer who = viewer.get();
        ProgressApi.Report report = progress.report(id);
        boolean canEdit = who.isDepartment() && report.dept().equals(who.dept())
                && List.of("DRAFT", "RETURNED").contains(report.status());
        boolean canReview = who.isSupervisor() && "SUBMITTED".equals(report.status());
        List<ProgressApi.Support> support = report.supportNeeded() == null ? List.of() : report.supportNeeded();
        List<Integer> canAnswer = java.util.stream.IntStream.rangeClosed(1, support.size())
                .filter(n -> !"DRAFT".equals(report.status()) && support.get(n - 1).answeredAt() == null
                        && (who.isSupervisor() || support.get(n - 1).dept().equals(who.dept())))
                .boxed().toList();
        // the measure, read once, for the parts a consolidated report takes in and the fields of the form
        ProgressApi.MeasureDetail detail = report.consolidated() || canEdit ? progress.measure(report.programme(), report.code())
                : null;
        Consolidation consolidation = report.consolidated() ? Consolidation.of(detail.measure(), report.period(),
                progress.reportsOf(report.programme(), report.code(), report.period(), 100).items()) : null;
        ReportFormView.View form = null;
        Map<String, String> shown = typed == null ? Map.of() : typed;
        if (canEdit) {
            Facts facts = new Facts(detail, registry.measure(report.programme(), report.code()));
            shown = new java.util.HashMap<>(typed == null ? ReportForm.typedOf(report, facts.kpis()) : typed);
            form = ReportFormView.view(shown, detail.workItems(), facts.kpis(), reference.departments());
        }
        return Templates.report(PageContext.of("进展报告 " + report.code() + "（" + report.period() + "）", who, ""), report,
                done, canEdit, canReview, canAnswer, consolidation, progress.attachments(id).items(), form, errors, shown,
                ReportForm.LABELS, Choice.MEASURE_STATUSES);
    }

    static List<RegistryApi.Kpi> kpis(RegistryApi.RegisteredMeasure registered) {
        return registered == null || registered.kpis() == null ? List.of() : registered.kpis();
    }

    static void checked(String programme, String code) {
        if (programme == null || code == null || !programme.matches(ReportPages.PROGRAMME) || !code.matches(ReportPages.CODE)) {
            throw new NotFoundException();
        }
    }
}
