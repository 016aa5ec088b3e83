package org.reformhub.appeals.appeal.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
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

import org.reformhub.appeals.appeal.application.AppealFiles;
import org.reformhub.appeals.appeal.domain.AppealAttachment;
import org.reformhub.kernel.api.Page;
import org.reformhub.kernel.file.store.AttachmentStore;
import org.reformhub.kernel.file.store.AttachmentResponse;
import org.reformhub.kernel.security.CurrentCaller;
import org.reformhub.kernel.security.Roles;

import static org.reformhub.appeals.appeal.api.AppealResource.CASE;

/** A case's files: added while the case is open by whoever may read it, listed, downloaded as uploaded. */
@Path("/appeals")
@Tag(name = "Appeal Resource")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AppealAttachmentResource {

    private final AppealFiles files;
    private final CurrentCaller currentCaller;
    private final AttachmentStore store;

    public AppealAttachmentResource(AppealFiles files, CurrentCaller currentCaller, AttachmentStore store) {
        this.files = files;
        this.currentCaller = currentCaller;
        this.store = store;
    }

    /**
     * Adds one file to an open case as the raw request body (any Content-Type: the content decides what it is),
     * named by {@code name}. PDF, OFD, PNG, JPEG, Word or Excel; at most 10 MB, 10 per case.
     */
    @Operation(operationId = "attachToAppeal", summary = "上传诉求附件 / Attach a file to an appeal")
    @APIResponse(responseCode = "201", description = "已上传 / attached",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AttachmentResponse.class)))
    @POST
    @Path("/{case}/attachments")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.ENTERPRISE, Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.DISTRICT, Roles.ADMIN})
    public Response attach(@PathParam("case") @Pattern(regexp = CASE) String caseNumber,
                           @QueryParam("name") @NotBlank @Size(max = 500) String name, @RequestBody(required = true, description = AttachmentStore.UPLOAD_BODY,
                                   content = {@Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
                                           schema = @Schema(type = SchemaType.STRING, format = "binary")),
                                       @Content(mediaType = MediaType.WILDCARD,
                                           schema = @Schema(type = SchemaType.STRING, format = "binary"))})
                           InputStream body)
            throws IOException {
        AppealAttachment attachment = files.attach(currentCaller.get(), caseNumber, name, AttachmentStore.readUpload(body));
        return Response.created(URI.create("/api/appeals/appeals/" + caseNumber + "/attachments/" + attachment.id()))
                .entity(AttachmentResponse.of(attachment.id(), attachment.file())).type(MediaType.APPLICATION_JSON)
                .build();
    }

    @Operation(operationId = "listAppealAttachments", summary = "列出诉求的附件 / List an appeal's attachments")
    @GET
    @Path("/{case}/attachments")
    @RolesAllowed({Roles.ENTERPRISE, Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.DISTRICT, Roles.ADMIN})
    public Page<AttachmentResponse> attachments(@PathParam("case") @Pattern(regexp = CASE) String caseNumber) {
        return Page.of(files.list(currentCaller.get(), caseNumber).stream()
                .map(a -> AttachmentResponse.of(a.id(), a.file())).toList());
    }

    /** The file as uploaded, always as a download. */
    @Operation(operationId = "downloadAppealAttachment", summary = "下载诉求附件 / Download an appeal's attachment")
    @APIResponse(responseCode = "200", description = "附件原文件 / the file as uploaded",
            content = @Content(mediaType = "*/*", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @GET
    @Path("/{case}/attachments/{attachment}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.ENTERPRISE, Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.DISTRICT, Roles.ADMIN})
    public Response download(@PathParam("case") @Pattern(regexp = CASE) String caseNumber,
                             @PathParam("attachment") UUID attachmentId) throws IOException {
        return store.download(files.file(currentCaller.get(), caseNumber, attachmentId));
    }
}
