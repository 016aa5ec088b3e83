package org.reformhub.console.report;

import java.io.IOException;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

import org.reformhub.console.backend.Answers;
import org.reformhub.console.backend.ProgressApi;
import org.reformhub.console.backend.DashboardsApi;
import org.reformhub.console.backend.ReferenceData;
import org.reformhub.console.backend.RegistryApi;
import org.reformhub.console.shell.Choice;
import org.reformhub.console.shell.CurrentViewer;
import org.reformhub.console.shell.Forms;
import org.reformhub.console.shell.PageContext;
import org.reformhub.console.shell.Viewer;
import org.reformhub.kernel.city.CityTime;

/**
 * A unit's measures (我的举措, with what it owes this period) and a measure's page, where the unit reports on it: the
 * lead unit's consolidated report takes in the cooperating units' parts.
 */
@Path("/app")
@Produces(MediaType.TEXT_HTML)
public class MeasurePages {

    @CheckedTemplate(basePath = "ReportPages")
    static class Templates {
        static native TemplateInstance myMeasures(PageContext page, List<ProgressApi.Measure> measures, String programme,
                                                  List<String> programmes, List<ProgressApi.Report> returned,
                                                  List<DashboardsApi.Obligation> owed, String period,
                                                  Map<String, ProgressApi.Report> thisPeriod);

        static native TemplateInstance measure(PageContext page, ProgressApi.MeasureDetail detail,
                                               List<ProgressApi.Report> reports, MeasureRecord record, boolean canReport,
                                               ReportPage.Consolidation consolidation, ReportFormView.View form,
                                               Map<String, String> errors, Map<String, String> typed,
                                               Map<String, String> labels, List<Choice> statuses);

    }

    private final ReportPage page;
    private final CurrentViewer viewer;
    private final ProgressApi progress;
    private final DashboardsApi dashboards;
    private final RegistryApi registry;
    private final org.reformhub.console.backend.AppealsApi appeals;
    private final ReferenceData reference;

    MeasurePages(ReportPage page, CurrentViewer viewer, @RestClient ProgressApi progress,
                 @RestClient DashboardsApi dashboards, @RestClient RegistryApi registry,
                 @RestClient org.reformhub.console.backend.AppealsApi appeals, ReferenceData reference) {
        this.page = page;
        this.viewer = viewer;
        this.progress = progress;
        this.dashboards = dashboards;
        this.registry = registry;
        this.appeals = appeals;
        this.reference = reference;
    }

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
        List<DashboardsApi.Obligation> owed = programmes.stream().filter(p -> wanted.isEmpty() || wanted.equals(p))
                .flatMap(p -> dashboards.missingReports(p, who.dept(), 200).items().stream())
                .sorted(java.util.Comparator.comparing(DashboardsApi.Obligation::dueDate)).toList();
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
        String shown = period != null && period.matches(ReportPages.PERIOD) ? period : YearMonth.now(CityTime.ZONE).toString();
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
        ReportPage.checked(programme, code);
        ReportForm form = ReportForm.read(input);
        ReportPage.Facts facts = page.facts(programme, code);
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
                return ReportPage.seeReport(id, "submitted"); // submitted at once, or a second click on a report already sent
            }
            return page.finish(id, report.path("version").asLong(), form, "saved", "submitted");
        }
    }

    private TemplateInstance measurePage(String programme, String code, Map<String, String> errors, Map<String, String> typed) {
        ReportPage.checked(programme, code);
        Viewer who = viewer.get();
        ProgressApi.MeasureDetail detail = progress.measure(programme, code);
        List<ProgressApi.Report> reports = progress.reportsOf(programme, code, null, 100).items();
        ProgressApi.Measure measure = detail.measure();
        boolean canReport = who.isDepartment() && who.dept() != null
                && (measure.leadUnits().contains(who.dept()) || measure.cooperatingUnits().contains(who.dept()));
        MeasureRecord record = MeasureRecord.of(who, programme, code, registry, appeals);
        String period = typed.get("period");
        ReportPage.Consolidation consolidation = canReport && measure.ledBy(who.dept()) && period != null && period.matches(ReportPages.PERIOD)
                ? ReportPage.Consolidation.of(measure, period, progress.reportsOf(programme, code, period, 100).items()) : null;
        Map<String, String> withKey = new java.util.HashMap<>(typed);
        withKey.putIfAbsent("idempotencyKey", UUID.randomUUID().toString());
        ReportFormView.View form = canReport ? ReportFormView.view(withKey, detail.workItems(), ReportPage.kpis(record.registered()),
                reference.departments()) : null;
        return Templates.measure(PageContext.of(measure.title(), who, ""), detail, reports, record, canReport, consolidation,
                form, errors, withKey, ReportForm.LABELS, Choice.MEASURE_STATUSES);
    }
}
