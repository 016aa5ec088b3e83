package org.reformhub.appeals.note.api;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import org.reformhub.kernel.api.Page;
import org.reformhub.kernel.security.CurrentCaller;
import org.reformhub.kernel.security.Roles;
import org.reformhub.appeals.appeal.api.AppealResource;
import org.reformhub.appeals.note.application.CaseNotes;
import org.reformhub.appeals.note.domain.InternalNote;

/** 内部备注 of a case: for the office and the handling units only; an enterprise gets 403. */
@Path("/appeals/{case}/notes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseNoteResource {

    public record NoteRequest(@NotBlank @Size(max = InternalNote.MAX_LENGTH) String body) {
    }

    public record NoteResponse(UUID id, String author, @Schema(nullable = true) String authorDept, String body, Instant writtenAt) {
        static NoteResponse of(InternalNote note) {
            return new NoteResponse(note.id(), note.author(), note.authorDept(), note.body(), note.writtenAt());
        }
    }

    private final CaseNotes notes;
    private final CurrentCaller currentCaller;

    public CaseNoteResource(CaseNotes notes, CurrentCaller currentCaller) {
        this.notes = notes;
        this.currentCaller = currentCaller;
    }

    /** The case's notes, oldest first. */
    @Operation(operationId = "listCaseNotes", summary = "列出诉求的内部备注 / List an appeal's internal notes")
    @GET
    @RolesAllowed({Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.DISTRICT, Roles.ADMIN})
    public Page<NoteResponse> list(@PathParam("case") @Pattern(regexp = AppealResource.CASE) String caseNumber) {
        return Page.of(notes.of(currentCaller.get(), caseNumber).stream().map(NoteResponse::of).toList());
    }

    @Operation(operationId = "writeCaseNote", summary = "写一条内部备注 / Write an internal note on an appeal")
    @APIResponse(responseCode = "201", description = "已创建 / created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NoteResponse.class)))
    @POST
    @RolesAllowed({Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.DISTRICT, Roles.ADMIN})
    public Response write(@PathParam("case") @Pattern(regexp = AppealResource.CASE) String caseNumber,
                          @NotNull @Valid NoteRequest request) {
        InternalNote note = notes.write(currentCaller.get(), caseNumber, request.body());
        return Response.created(URI.create("/api/appeals/appeals/" + caseNumber + "/notes/" + note.id()))
                .entity(NoteResponse.of(note)).build();
    }
}
