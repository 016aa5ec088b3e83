package org.reformhub.console.report;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
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
import io.quarkus.qute.TemplateInstance;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

import org.reformhub.console.backend.Answers;
import org.reformhub.console.backend.ProgressApi;
import org.reformhub.console.shell.CurrentViewer;
import org.reformhub.console.shell.Forms;
import org.reformhub.console.shell.PageContext;
import org.reformhub.console.shell.Viewer;
import org.reformhub.kernel.city.ProgrammeCode;

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

    private final ReportPage page;
    private final CurrentViewer viewer;
    private final ProgressApi progress;

    ReportPages(ReportPage page, CurrentViewer viewer, @RestClient ProgressApi progress) {
        this.page = page;
        this.viewer = viewer;
        this.progress = progress;
    }

    @GET
    @Path("/progress-reports/{id}")
    @RolesAllowed({Viewer.DEPARTMENT, Viewer.SUPERVISOR, Viewer.ADMIN})
    public TemplateInstance report(@PathParam("id") UUID id, @QueryParam("done") String done) {
        return page.reportPage(id, done != null && ReportPage.DONE.contains(done) ? done : null, Map.of(), null);
    }

    /** The unit saves or submits its draft, or fixes a returned report and submits it again. */
    @POST
    @Path("/progress-reports/{id}/content")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Viewer.DEPARTMENT)
    public Response edit(@PathParam("id") UUID id, MultipartFormDataInput input) throws IOException {
        ReportForm form = ReportForm.read(input);
        ProgressApi.Report report = progress.report(id);
        ReportPage.Facts facts = page.facts(report.programme(), report.code());
        Map<String, String> problems = form.problems(facts.workItems(), facts.kpis());
        if (!problems.isEmpty()) {
            return Forms.unprocessable(page.reportPage(id, null, problems, form.typed()));
        }
        String version = ProgressApi.ifMatch(form.version());
        try (Response edited = Answers.of(() -> progress.edit(id, version, form.content(facts.workItems(), facts.kpis())))) {
            if (edited.getStatus() / 100 != 2) {
                return Forms.refused(edited, errors -> page.reportPage(id, null, ReportForm.shownErrors(errors), form.typed()));
            }
            return page.finish(id, edited.readEntity(JsonNode.class).path("version").asLong(), form, "saved",
                    "RETURNED".equals(report.status()) ? "resubmitted" : "submitted");
        }
    }

    /** A 佐证材料 file removed from a draft or returned report. */
    @POST
    @Path("/progress-reports/{id}/attachments/{attachment}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Viewer.DEPARTMENT)
    public Response removeAttachment(@PathParam("id") UUID id, @PathParam("attachment") UUID attachment) {
        return page.act(id, "removed", Map.of(), () -> progress.removeAttachment(id, attachment));
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
                errors -> page.reportPage(id, null, errors.containsKey("answer") ? Map.of("answer-" + n, errors.get("answer")) : errors,
                        typed));
    }

    @POST
    @Path("/progress-reports/{id}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Viewer.SUPERVISOR, Viewer.ADMIN})
    public Response approve(@PathParam("id") UUID id, @RestForm long version) {
        return page.act(id, "approved", Map.of(), () -> progress.approve(id, ProgressApi.ifMatch(version)));
    }

    @POST
    @Path("/progress-reports/{id}/return")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Viewer.SUPERVISOR, Viewer.ADMIN})
    public Response returnReport(@PathParam("id") UUID id, @RestForm long version, @RestForm String reason) {
        return page.act(id, "returned", Forms.typed("reason", reason),
                () -> progress.returnReport(id, ProgressApi.ifMatch(version), new ProgressApi.Reason(Forms.blankToNull(reason))));
    }

    /** The office's queue: every submitted report waiting for review, oldest first. */
    @GET
    @Path("/reviews")
    @RolesAllowed({Viewer.SUPERVISOR, Viewer.ADMIN})
    public TemplateInstance reviews() {
        return ReportPage.Templates.reviews(PageContext.of("进展审核", viewer.get(), "/app/reviews"),
                progress.reports(null, "SUBMITTED", 500).items());
    }
}
