package org.reformhub.progress.report.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.reformhub.kernel.api.Page;
import org.reformhub.kernel.file.store.AttachmentStore;
import org.reformhub.kernel.file.store.AttachmentResponse;
import org.reformhub.kernel.security.CurrentCaller;
import org.reformhub.kernel.security.Roles;
import org.reformhub.progress.report.application.ReportEvidence;
import org.reformhub.progress.report.domain.ReportAttachment;

/**
 * A report's evidence (佐证材料): the files a unit attaches to its draft or returned report, listed, downloaded and
 * removed by those who may read or write the report.
 */
@Path("/reports")
@Tag(name = "Report Resource")
@Produces(MediaType.APPLICATION_JSON)
public class ReportAttachmentResource {

    private final ReportEvidence evidence;
    private final CurrentCaller currentCaller;
    private final AttachmentStore store;

    public ReportAttachmentResource(ReportEvidence evidence, CurrentCaller currentCaller, AttachmentStore store) {
        this.evidence = evidence;
        this.currentCaller = currentCaller;
        this.store = store;
    }

    /**
     * Uploads one evidence file as the raw request body (any Content-Type: the content decides what it is),
     * named by {@code name}. PDF, OFD, PNG, JPEG, Word or Excel; at most 10 MB, 10 per report.
     */
    @Operation(operationId = "attachToReport", summary = "上传报告附件（佐证材料） / Attach a file to a report (evidence)")
    @APIResponse(responseCode = "201", description = "已上传 / attached",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AttachmentResponse.class)))
    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.DEPARTMENT)
    public Response attach(@PathParam("id") UUID id, @QueryParam("name") @NotBlank @Size(max = 500) String name,
                           @RequestBody(required = true, description = AttachmentStore.UPLOAD_BODY,
                                   content = {@Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
                                           schema = @Schema(type = SchemaType.STRING, format = "binary")),
                                       @Content(mediaType = MediaType.WILDCARD,
                                           schema = @Schema(type = SchemaType.STRING, format = "binary"))})
                           InputStream body) throws IOException {
        ReportAttachment attachment = evidence.attach(currentCaller.get(), id, name, AttachmentStore.readUpload(body));
        return Response.created(URI.create("/api/progress/reports/" + id + "/attachments/" + attachment.id()))
                .entity(AttachmentResponse.of(attachment.id(), attachment.file())).type(MediaType.APPLICATION_JSON)
                .build();
    }

    @Operation(operationId = "listReportAttachments", summary = "列出报告的附件 / List a report's attachments")
    @GET
    @Path("{id}/attachments")
    @RolesAllowed({Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.ADMIN})
    public Page<AttachmentResponse> attachments(@PathParam("id") UUID id) {
        return Page.of(evidence.list(currentCaller.get(), id).stream().map(a -> AttachmentResponse.of(a.id(), a.file())).toList());
    }

    /** The file as uploaded, always as a download (never rendered inline by the browser). */
    @Operation(operationId = "downloadReportAttachment", summary = "下载报告附件 / Download a report's attachment")
    @APIResponse(responseCode = "200", description = "附件原文件 / the file as uploaded",
            content = @Content(mediaType = "*/*", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @GET
    @Path("{id}/attachments/{attachment}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.ADMIN})
    public Response download(@PathParam("id") UUID id, @PathParam("attachment") UUID attachmentId) throws IOException {
        return store.download(evidence.find(currentCaller.get(), id, attachmentId).file());
    }

    @Operation(operationId = "removeReportAttachment", summary = "删除报告附件 / Remove a report's attachment")
    @APIResponse(responseCode = "204", description = "已删除 / removed")
    @DELETE
    @Path("{id}/attachments/{attachment}")
    @RolesAllowed(Roles.DEPARTMENT)
    public Response removeAttachment(@PathParam("id") UUID id, @PathParam("attachment") UUID attachmentId) {
        evidence.remove(currentCaller.get(), id, attachmentId);
        return Response.noContent().build();
    }
}
