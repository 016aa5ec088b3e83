package org.reformhub.console.report;

import java.io.IOException;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

import org.reformhub.console.backend.Answers;
import org.reformhub.console.backend.ProgressApi;
import org.reformhub.console.backend.ReferenceData;
import org.reformhub.console.backend.RegistryApi;
import org.reformhub.console.shell.CityDates;
import org.reformhub.console.shell.Choice;
import org.reformhub.console.shell.CurrentViewer;
import org.reformhub.console.shell.Forms;
import org.reformhub.console.shell.PageContext;
import org.reformhub.console.shell.Uploads;
import org.reformhub.console.shell.Viewer;
import org.reformhub.kernel.city.ProgrammeCode;
import org.reformhub.kernel.city.CityTime;

/**
 * 工作进展 in the browser: a unit sees its measures and reports on them; the office reviews what was submitted,
 * approving or returning it with a reason; a returned report is fixed and submitted again.
 */
@Path("/app")
@Produces(MediaType.TEXT_HTML)
public class ReportPages {

    static final String PROGRAMME = ProgrammeCode.PATTERN;
    static final String CODE = "\\d{1,2}-\\d{2,3}";
    static final String PERIOD = "\\d{4}-(0[1-9]|1[0-2]|Q[1-4])";

    @CheckedTemplate(basePath = "ReportPages")
    static class Templates {
        static native TemplateInstance myMeasures(PageContext page, List<ProgressApi.Measure> measures, String programme,
                                                  List<String> programmes, List<ProgressApi.Report> returned,
                                                  List<ProgressApi.Obligation> owed, String period,
                                                  Map<String, ProgressApi.Report> thisPeriod);

        static native TemplateInstance measure(PageContext page, ProgressApi.MeasureDetail detail,
                                               List<ProgressApi.Report> reports, MeasureRecord record, boolean canReport,
                                               Consolidation consolidation, ReportForm.View form,
                                               Map<String, String> errors, Map<String, String> typed,
                                               Map<String, String> labels, List<Choice> statuses);

        static native TemplateInstance report(PageContext page, ProgressApi.Report report, String done, boolean canEdit,
                                              boolean canReview, List<Integer> canAnswer, Consolidation consolidation,
                                              List<ProgressApi.Attachment> attachments, ReportForm.View form,
                                              Map<String, String> errors, Map<String, String> typed,
                                              Map<String, String> labels, List<Choice> statuses);

        static native TemplateInstance reviews(PageContext page, List<ProgressApi.Report> reports);
    }

    /**
     * A lead unit's view of a period: the cooperating units' parts (配合单位报告) its consolidated report takes in,
     * and the units whose part has not come yet.
     */
    record Consolidation(String period, List<ProgressApi.Report> parts, List<String> waitingFor) {
        static Consolidation of(ProgressApi.Measure measure, String period, List<ProgressApi.Report> ofPeriod) {
            List<ProgressApi.Report> parts = ofPeriod.stream().filter(r -> !r.consolidated()).toList();
            List<String> reported = parts.stream().filter(r -> !"DRAFT".equals(r.status())).map(ProgressApi.Report::dept).toList();
            return new Consolidation(period, parts, measure.cooperatingUnits() == null ? List.of()
                    : measure.cooperatingUnits().stream().filter(u -> !reported.contains(u)).toList());
        }
    }

    static final List<String> DONE = List.of("submitted", "resubmitted", "approved", "returned", "saved", "attached",
            "removed", "answered", "attachment-failed");

    @Inject
    CurrentViewer viewer;

    @Inject
    @RestClient
    ProgressApi progress;

    @Inject
    @RestClient
    RegistryApi registry;

    @Inject
    @RestClient
    org.reformhub.console.backend.AppealsApi appeals;

    @Inject
    ReferenceData reference;

    @GET
    @Path("/my/measures")
    @RolesAllowed(Viewer.DEPARTMENT)
    public TemplateInstance myMeasures(@QueryParam("programme") @DefaultValue("") String programme) {
        Viewer who = viewer.get();
        List<ProgressApi.Measure> all = progress.measures(null, who.dept(), 1000).items();
        List<String> programmes = all.stream().map(ProgressApi.Measure::programme).distinct().sorted().toList();
        String wanted = programmes.contains(programme) ? programme : "";
        List<ProgressApi.Measure> shown = all.stream().filter(m -> wanted.isEmpty() || wanted.equals(m.programme())).toList();
        List<ProgressApi.Report> returned = progress.reports(who.dept(), "RETURNED", 100).items();
        // what the unit owes: the periods that fell due without its report, and this month's report per measure
        List<ProgressApi.Obligation> owed = programmes.stream().filter(p -> wanted.isEmpty() || wanted.equals(p))
                .flatMap(p -> progress.missingReports(p, who.dept(), 200).items().stream())
                .sorted(java.util.Comparator.comparing(ProgressApi.Obligation::dueDate)).toList();
        String period = YearMonth.now(CityTime.ZONE).toString();
        Map<String, ProgressApi.Report> thisPeriod = new java.util.HashMap<>();
        progress.reports(who.dept(), null, 500).items().stream().filter(r -> period.equals(r.period()))
                .forEach(r -> thisPeriod.put(r.programme() + "/" + r.code(), r));
        return Templates.myMeasures(PageContext.of("我的举措", who, "/app/my/measures"), shown, wanted, programmes, returned,
                owed, period, thisPeriod);
    }

    @GET
    @Path("/measures/{programme}/{code}")
    @RolesAllowed({Viewer.DEPARTMENT, Viewer.SUPERVISOR, Viewer.ADMIN})
    public TemplateInstance measure(@PathParam("programme") String programme, @PathParam("code") String code,
                                    @QueryParam("period") String period) {
        String shown = period != null && period.matches(PERIOD) ? period : YearMonth.now(CityTime.ZONE).toString();
        return measurePage(programme, code, Map.of(), Map.of("period", shown));
    }

    /**
     * A unit reports on its measure: 提交 (for the lead, 签发: its consolidated report takes in the parts submitted so
     * far) or 保存草稿. A file goes to the draft before it is submitted, as the service takes evidence only then.
     */
    @POST
    @Path("/measures/{programme}/{code}/reports")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Viewer.DEPARTMENT)
    public Response report(@PathParam("programme") String programme, @PathParam("code") String code,
                           MultipartFormDataInput input) throws IOException {
        checked(programme, code);
        ReportForm form = ReportForm.read(input);
        Facts facts = facts(programme, code);
        Map<String, String> problems = form.problems(facts.workItems(), facts.kpis());
        if (!problems.isEmpty()) {
            return Forms.unprocessable(measurePage(programme, code, problems, form.typed()));
        }
        String key = form.get("idempotencyKey") == null || form.get("idempotencyKey").isBlank()
                ? UUID.randomUUID().toString() : form.get("idempotencyKey");
        boolean submitNow = form.submits() && form.file() == null;
        try (Response created = Answers.of(() -> progress.create(programme, code, key,
                new ProgressApi.NewReport(Forms.blankToNull(form.get("period")), form.content(facts.workItems(), facts.kpis()),
                        submitNow)))) {
            if (created.getStatus() / 100 != 2) {
                return Forms.refused(created, errors -> measurePage(programme, code, ReportForm.shownErrors(errors), form.typed()));
            }
            JsonNode report = created.readEntity(JsonNode.class);
            UUID id = UUID.fromString(report.path("id").asText());
            if (!"DRAFT".equals(report.path("status").asText())) {
                return seeReport(id, "submitted"); // submitted at once, or a second click on a report already sent
            }
            return finish(id, report.path("version").asLong(), form, "saved", "submitted");
        }
    }

    @GET
    @Path("/progress-reports/{id}")
    @RolesAllowed({Viewer.DEPARTMENT, Viewer.SUPERVISOR, Viewer.ADMIN})
    public TemplateInstance report(@PathParam("id") UUID id, @QueryParam("done") String done) {
        return reportPage(id, done != null && DONE.contains(done) ? done : null, Map.of(), null);
    }

    /** The unit saves or submits its draft, or fixes a returned report and submits it again. */
    @POST
    @Path("/progress-reports/{id}/content")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Viewer.DEPARTMENT)
    public Response edit(@PathParam("id") UUID id, MultipartFormDataInput input) throws IOException {
        ReportForm form = ReportForm.read(input);
        ProgressApi.Report report = progress.report(id);
        Facts facts = facts(report.programme(), report.code());
        Map<String, String> problems = form.problems(facts.workItems(), facts.kpis());
        if (!problems.isEmpty()) {
            return Forms.unprocessable(reportPage(id, null, problems, form.typed()));
        }
        String version = ProgressApi.ifMatch(form.version());
        try (Response edited = Answers.of(() -> progress.edit(id, version, form.content(facts.workItems(), facts.kpis())))) {
            if (edited.getStatus() / 100 != 2) {
                return Forms.refused(edited, errors -> reportPage(id, null, ReportForm.shownErrors(errors), form.typed()));
            }
            return finish(id, edited.readEntity(JsonNode.class).path("version").asLong(), form, "saved",
                    "RETURNED".equals(report.status()) ? "resubmitted" : "submitted");
        }
    }

    /** After the content is saved: the file attached (once, however often the button was pressed), then the submission. */
    private Response finish(UUID id, long version, ReportForm form, String saved, String submitted) {
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

    /** A 佐证材料 file removed from a draft or returned report. */
    @POST
    @Path("/progress-reports/{id}/attachments/{attachment}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Viewer.DEPARTMENT)
    public Response removeAttachment(@PathParam("id") UUID id, @PathParam("attachment") UUID attachment) {
        return act(id, "removed", Map.of(), () -> progress.removeAttachment(id, attachment));
    }

    @GET
    @Path("/progress-reports/{id}/attachments/{attachment}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Viewer.DEPARTMENT, Viewer.SUPERVISOR, Viewer.ADMIN})
    public Response attachment(@PathParam("id") UUID id, @PathParam("attachment") UUID attachment) {
        return org.reformhub.console.backend.Downloads.passThrough(progress.attachment(id, attachment));
    }

    /** The unit a 需协调事项 was addressed to answers it (or the office does). */
    @POST
    @Path("/progress-reports/{id}/support/{n}/answer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Viewer.DEPARTMENT, Viewer.SUPERVISOR, Viewer.ADMIN})
    public Response answerSupport(@PathParam("id") UUID id, @PathParam("n") int n, @RestForm String answer) {
        if (n < 1 || n > 20) {
            throw new NotFoundException();
        }
        Map<String, String> typed = Forms.typed("answer-" + n, answer);
        return Forms.afterPost(() -> progress.answerSupport(id, n, new ProgressApi.Answer(Forms.blankToNull(answer))),
                "/app/progress-reports/" + id + "?done=answered",
                errors -> reportPage(id, null, errors.containsKey("answer") ? Map.of("answer-" + n, errors.get("answer")) : errors,
                        typed));
    }

    @POST
    @Path("/progress-reports/{id}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Viewer.SUPERVISOR, Viewer.ADMIN})
    public Response approve(@PathParam("id") UUID id, @RestForm long version) {
        return act(id, "approved", Map.of(), () -> progress.approve(id, ProgressApi.ifMatch(version)));
    }

    @POST
    @Path("/progress-reports/{id}/return")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Viewer.SUPERVISOR, Viewer.ADMIN})
    public Response returnReport(@PathParam("id") UUID id, @RestForm long version, @RestForm String reason) {
        return act(id, "returned", Forms.typed("reason", reason),
                () -> progress.returnReport(id, ProgressApi.ifMatch(version), new ProgressApi.Reason(Forms.blankToNull(reason))));
    }

    /** The office's queue: every submitted report waiting for review, oldest first. */
    @GET
    @Path("/reviews")
    @RolesAllowed({Viewer.SUPERVISOR, Viewer.ADMIN})
    public TemplateInstance reviews() {
        return Templates.reviews(PageContext.of("进展审核", viewer.get(), "/app/reviews"),
                progress.reports(null, "SUBMITTED", 500).items());
    }

    private Response act(UUID id, String done, Map<String, String> typed, Supplier<Response> call) {
        return Forms.afterPost(call, "/app/progress-reports/" + id + "?done=" + done, errors -> reportPage(id, null, errors, typed));
    }

    private static Response seeReport(UUID id, String done) {
        return Response.seeOther(java.net.URI.create("/app/progress-reports/" + id + "?done=" + done)).build();
    }

    /** What a report on the measure is checked against: how many work items it has, and its KPIs. */
    private record Facts(ProgressApi.MeasureDetail detail, RegistryApi.RegisteredMeasure registered) {
        int workItems() {
            return detail.workItems() == null ? 0 : detail.workItems().size();
        }

        List<RegistryApi.Kpi> kpis() {
            return ReportPages.kpis(registered);
        }
    }

    private Facts facts(String programme, String code) {
        return new Facts(progress.measure(programme, code), registry.measure(programme, code));
    }

    private TemplateInstance measurePage(String programme, String code, Map<String, String> errors, Map<String, String> typed) {
        checked(programme, code);
        Viewer who = viewer.get();
        ProgressApi.MeasureDetail detail = progress.measure(programme, code);
        List<ProgressApi.Report> reports = progress.reportsOf(programme, code, null, 100).items();
        ProgressApi.Measure measure = detail.measure();
        boolean canReport = who.isDepartment() && who.dept() != null
                && (measure.leadUnits().contains(who.dept()) || measure.cooperatingUnits().contains(who.dept()));
        MeasureRecord record = MeasureRecord.of(who, programme, code, registry, appeals);
        String period = typed.get("period");
        Consolidation consolidation = canReport && measure.ledBy(who.dept()) && period != null && period.matches(PERIOD)
                ? Consolidation.of(measure, period, progress.reportsOf(programme, code, period, 100).items()) : null;
        Map<String, String> withKey = new java.util.HashMap<>(typed);
        withKey.putIfAbsent("idempotencyKey", UUID.randomUUID().toString());
        ReportForm.View form = canReport ? ReportForm.view(withKey, detail.workItems(), kpis(record.registered()),
                reference.departments()) : null;
        return Templates.measure(PageContext.of(measure.title(), who, ""), detail, reports, record, canReport, consolidation,
                form, errors, withKey, ReportForm.LABELS, Choice.MEASURE_STATUSES);
    }

    /** A report with what it says, its files and history; {@code typed} is a refused form's input (null: the report's own). */
    private TemplateInstance reportPage(UUID id, String done, Map<String, String> errors, Map<String, String> typed) {
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
        ReportForm.View form = null;
        Map<String, String> shown = typed == null ? Map.of() : typed;
        if (canEdit) {
            Facts facts = new Facts(detail, registry.measure(report.programme(), report.code()));
            shown = new java.util.HashMap<>(typed == null ? ReportForm.typedOf(report, facts.kpis()) : typed);
            form = ReportForm.view(shown, detail.workItems(), facts.kpis(), reference.departments());
        }
        return Templates.report(PageContext.of("进展报告 " + report.code() + "（" + report.period() + "）", who, ""), report,
                done, canEdit, canReview, canAnswer, consolidation, progress.attachments(id).items(), form, errors, shown,
                ReportForm.LABELS, Choice.MEASURE_STATUSES);
    }

    private static List<RegistryApi.Kpi> kpis(RegistryApi.RegisteredMeasure registered) {
        return registered == null || registered.kpis() == null ? List.of() : registered.kpis();
    }

    private static void checked(String programme, String code) {
        if (programme == null || code == null || !programme.matches(PROGRAMME) || !code.matches(CODE)) {
            throw new NotFoundException();
        }
    }
}
