package org.reformhub.console.report;

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

import org.reformhub.console.backend.Answers;
import org.reformhub.console.backend.ProgressApi;
import org.reformhub.console.shell.CityTime;
import org.reformhub.console.shell.Choice;
import org.reformhub.console.shell.CurrentViewer;
import org.reformhub.console.shell.Forms;
import org.reformhub.console.shell.PageContext;
import org.reformhub.console.shell.Viewer;

/**
 * 工作进展 in the browser: a unit sees its measures and reports on them; the office reviews what was submitted,
 * approving or returning it with a reason; a returned report is fixed and submitted again.
 */
@Path("/app")
@Produces(MediaType.TEXT_HTML)
public class ReportPages {

    static final String PROGRAMME = "[a-z0-9][a-z0-9-]{1,39}";
    static final String CODE = "\\d{1,2}-\\d{2,3}";

    @CheckedTemplate(basePath = "ReportPages")
    static class Templates {
        static native TemplateInstance myMeasures(PageContext page, List<ProgressApi.Measure> measures, String programme,
                                                  List<String> programmes, List<ProgressApi.Report> returned);

        static native TemplateInstance measure(PageContext page, ProgressApi.MeasureDetail detail,
                                               List<ProgressApi.Report> reports, MeasureRecord record, boolean canReport,
                                               Map<String, String> errors, Map<String, String> typed, List<Choice> statuses);

        static native TemplateInstance report(PageContext page, ProgressApi.Report report, String done, boolean canEdit,
                                              boolean canReview, Map<String, String> errors, Map<String, String> typed,
                                              List<Choice> statuses);

        static native TemplateInstance reviews(PageContext page, List<ProgressApi.Report> reports);
    }

    @Inject
    CurrentViewer viewer;

    @Inject
    @RestClient
    ProgressApi progress;

    @Inject
    @RestClient
    org.reformhub.console.backend.RegistryApi registry;

    @Inject
    @RestClient
    org.reformhub.console.backend.AppealsApi appeals;

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
        return Templates.myMeasures(PageContext.of("我的举措", who, "/app/my/measures"), shown, wanted, programmes, returned);
    }

    @GET
    @Path("/measures/{programme}/{code}")
    @RolesAllowed({Viewer.DEPARTMENT, Viewer.SUPERVISOR, Viewer.ADMIN})
    public TemplateInstance measure(@PathParam("programme") String programme, @PathParam("code") String code) {
        Map<String, String> typed = Map.of("period", YearMonth.now(CityTime.CITY).toString());
        return measurePage(programme, code, Map.of(), typed);
    }

    /** A unit reports on its measure: created and submitted at once (a draft is what a refused form keeps). */
    @POST
    @Path("/measures/{programme}/{code}/reports")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Viewer.DEPARTMENT)
    public Response report(@PathParam("programme") String programme, @PathParam("code") String code,
                           @RestForm String period, @RestForm String claimedStatus, @RestForm String narrative,
                           @RestForm String idempotencyKey) {
        checked(programme, code);
        Map<String, String> typed = Forms.typed("period", period, "claimedStatus", claimedStatus, "narrative", narrative);
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? UUID.randomUUID().toString() : idempotencyKey;
        return Forms.afterCreate(() -> progress.create(programme, code, key, new ProgressApi.NewReport(Forms.blankToNull(period),
                        Forms.blankToNull(claimedStatus), Forms.blankToNull(narrative), true)),
                created -> "/app/progress-reports/" + created.path("id").asText() + "?done=submitted",
                errors -> measurePage(programme, code, errors, typed));
    }

    @GET
    @Path("/progress-reports/{id}")
    @RolesAllowed({Viewer.DEPARTMENT, Viewer.SUPERVISOR, Viewer.ADMIN})
    public TemplateInstance report(@PathParam("id") UUID id, @QueryParam("done") String done) {
        return reportPage(id, done != null && List.of("submitted", "resubmitted", "approved", "returned").contains(done)
                ? done : null, Map.of(), Map.of());
    }

    /** The unit fixes a returned report and submits it again (two calls: the content, then the submission). */
    @POST
    @Path("/progress-reports/{id}/resubmit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Viewer.DEPARTMENT)
    public Response resubmit(@PathParam("id") UUID id, @RestForm long version, @RestForm String claimedStatus,
                             @RestForm String narrative) {
        Map<String, String> typed = Forms.typed("claimedStatus", claimedStatus, "narrative", narrative);
        try (Response edited = Answers.of(() -> progress.edit(id, ProgressApi.ifMatch(version),
                new ProgressApi.Content(Forms.blankToNull(claimedStatus), Forms.blankToNull(narrative))))) {
            if (edited.getStatus() / 100 != 2) {
                return Forms.refused(edited, errors -> reportPage(id, null, errors, typed));
            }
            long next = edited.readEntity(JsonNode.class).path("version").asLong();
            return act(id, "resubmitted", typed, () -> progress.submit(id, ProgressApi.ifMatch(next)));
        }
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

    private TemplateInstance measurePage(String programme, String code, Map<String, String> errors, Map<String, String> typed) {
        checked(programme, code);
        Viewer who = viewer.get();
        ProgressApi.MeasureDetail detail = progress.measure(programme, code);
        List<ProgressApi.Report> reports = progress.reportsOf(programme, code, 100).items();
        boolean canReport = who.isDepartment() && who.dept() != null
                && (detail.measure().leadUnits().contains(who.dept()) || detail.measure().cooperatingUnits().contains(who.dept()));
        Map<String, String> withKey = new java.util.HashMap<>(typed);
        withKey.put("idempotencyKey", UUID.randomUUID().toString());
        return Templates.measure(PageContext.of(detail.measure().title(), who, ""), detail, reports,
                MeasureRecord.of(who, programme, code, registry, appeals), canReport, errors, withKey, Choice.MEASURE_STATUSES);
    }

    private TemplateInstance reportPage(UUID id, String done, Map<String, String> errors, Map<String, String> typed) {
        Viewer who = viewer.get();
        ProgressApi.Report report = progress.report(id);
        boolean canEdit = who.isDepartment() && report.dept().equals(who.dept())
                && List.of("DRAFT", "RETURNED").contains(report.status());
        boolean canReview = who.isSupervisor() && "SUBMITTED".equals(report.status());
        Map<String, String> shown = new java.util.HashMap<>(typed);
        shown.putIfAbsent("claimedStatus", report.claimedStatus());
        shown.putIfAbsent("narrative", report.narrative() == null ? "" : report.narrative());
        return Templates.report(PageContext.of("进展报告 " + report.code() + "（" + report.period() + "）", who, ""), report,
                done, canEdit, canReview, errors, shown, Choice.MEASURE_STATUSES);
    }

    private static void checked(String programme, String code) {
        if (programme == null || code == null || !programme.matches(PROGRAMME) || !code.matches(CODE)) {
            throw new NotFoundException();
        }
    }
}
