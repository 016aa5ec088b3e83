package org.reformhub.console.appeal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.TemplateInstance;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

import org.reformhub.console.backend.AppealsApi;
import org.reformhub.console.shell.Forms;
import org.reformhub.console.shell.Viewer;

/**
 * 企业直通车 in the browser: a case's page, its internal notes and its files. Filing is {@link FilingPages}'s, the
 * workflow's forms (accept, assign, answer, rate, …) are {@link AppealStepForms}'. Every form works without JavaScript.
 */
@Path("/app")
@Produces(MediaType.TEXT_HTML)
public class AppealPages {

    static final List<String> STATUSES = List.of("SUBMITTED", "ACCEPTED", "ASSIGNED", "SENT_BACK", "ANSWERED", "REOPENED",
            "CLOSED", "REJECTED", "MERGED");

    private final CasePage page;
    private final AppealsApi appeals;

    AppealPages(CasePage page, @RestClient AppealsApi appeals) {
        this.page = page;
        this.appeals = appeals;
    }

    @GET
    @Path("/appeals/{case}")
    @RolesAllowed({Viewer.ENTERPRISE, Viewer.DEPARTMENT, Viewer.SUPERVISOR, Viewer.DISTRICT, Viewer.ADMIN})
    public TemplateInstance appeal(@PathParam("case") String caseNumber, @QueryParam("filed") boolean filed,
                                   @QueryParam("done") String done, @QueryParam("attachment") String attachment,
                                   @QueryParam("template") String template) {
        String shown = "failed".equals(attachment) ? "attachment-failed" : done;
        // a chosen reply template fills the answer, to be fitted to the case before it is sent
        Map<String, String> typed = template == null || template.isBlank() ? Map.of() : Map.of("template", template);
        return page.appealPage(caseNumber, filed, shown != null && AppealActions.DONE.contains(shown) ? shown : null, Map.of(), typed);
    }

    /** 内部备注: a note for the office and the units on the case; the enterprise never sees it. */
    @POST
    @Path("/appeals/{case}/notes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Viewer.DEPARTMENT, Viewer.SUPERVISOR, Viewer.DISTRICT, Viewer.ADMIN})
    public Response note(@PathParam("case") String caseNumber, @RestForm String note) {
        return page.act(caseNumber, "noted", Forms.typed("note", note),
                () -> appeals.writeNote(CasePage.checked(caseNumber), new AppealsApi.NoteText(Forms.blankToNull(note))),
                Map.of("body", "note"));
    }

    /** A file added to the case by anyone who may read it (the service checks the file and the person). */
    @POST
    @Path("/appeals/{case}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Viewer.ENTERPRISE, Viewer.DEPARTMENT, Viewer.SUPERVISOR, Viewer.DISTRICT, Viewer.ADMIN})
    public Response attach(@PathParam("case") String caseNumber,
                           @org.jboss.resteasy.reactive.RestForm("file") org.jboss.resteasy.reactive.multipart.FileUpload file)
            throws java.io.IOException {
        CasePage.checked(caseNumber);
        FilingForm carried = new FilingForm();
        carried.attachment = file;
        String problem = FilingAttachment.take(carried);
        if (problem == null && carried.attachmentData == null) {
            problem = "请选择要上传的文件";
        }
        if (problem != null) {
            return Forms.unprocessable(page.appealPage(caseNumber, false, null, Map.of("file", problem), Map.of()));
        }
        return page.act(caseNumber, "attached", Map.of(), () -> FilingAttachment.send(carried, caseNumber, appeals));
    }

    @GET
    @Path("/appeals/{case}/attachments/{id}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Viewer.ENTERPRISE, Viewer.DEPARTMENT, Viewer.SUPERVISOR, Viewer.DISTRICT, Viewer.ADMIN})
    public Response attachment(@PathParam("case") String caseNumber, @PathParam("id") UUID id) {
        return org.reformhub.console.backend.Downloads.passThrough(appeals.attachment(CasePage.checked(caseNumber), id));
    }
}
