package org.reformhub.registry.programme.api;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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

import org.reformhub.kernel.api.ApiLimits;
import org.reformhub.kernel.api.Page;
import org.reformhub.kernel.security.Roles;
import org.reformhub.registry.programme.application.ManageProgrammes;
import org.reformhub.registry.programme.domain.ProgrammeDescription;
import org.reformhub.registry.programme.domain.ProgrammeSnapshot;
import org.reformhub.kernel.city.ProgrammeCode;

/**
 * Programmes (改革批次): one per task-division table. Reads: every government role; create, describe,
 * close and reopen: supervisors and admins. Most are created by importing their table
 * ({@code POST /imports?programme=…}).
 */
@Path("/programmes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProgrammeResource {

    static final String CODE = ProgrammeCode.PATTERN;

    public record CreateProgrammeRequest(
            @NotBlank @Pattern(regexp = CODE, message = "{reformhub.programme-code}") String code,
            @NotBlank @Size(max = 300) String title,
            @Size(max = 200) String issuingBody,
            @Size(max = 100) String documentNumber,
            LocalDate issuedOn) {
    }

    /** JSON merge-patch: absent fields stay as they are. */
    public record ChangeProgrammeRequest(@Size(min = 1, max = 300) String title, @Size(max = 200) String issuingBody,
                                         @Size(max = 100) String documentNumber, LocalDate issuedOn) {
    }

    public record ProgrammeResponse(String code, String title, @Schema(nullable = true) String issuingBody,
                                    @Schema(nullable = true) String documentNumber,
                                    @Schema(nullable = true) LocalDate issuedOn,
                                    org.reformhub.registry.programme.domain.ProgrammeStatus status, Instant createdAt, Instant updatedAt, long version) {
        static ProgrammeResponse of(ProgrammeSnapshot p) {
            return new ProgrammeResponse(p.code(), p.description().title(), p.description().issuingBody(),
                    p.description().documentNumber(), p.description().issuedOn(), p.status(), p.createdAt(),
                    p.updatedAt(), p.version());
        }
    }

    private final ManageProgrammes programmes;

    public ProgrammeResource(ManageProgrammes programmes) {
        this.programmes = programmes;
    }

    /** Newest first: for a city with one programme, a list of one. */
    @Operation(operationId = "listProgrammes", summary = "改革批次目录 / List the programmes")
    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.DEPARTMENT, Roles.DISTRICT})
    public Page<ProgrammeResponse> list() {
        List<ProgrammeResponse> all = programmes.list().stream().map(ProgrammeResponse::of).toList();
        return new Page<>(all.stream().limit(ApiLimits.LIST_MAX).toList(), all.size());
    }

    @Operation(operationId = "getProgramme", summary = "读取一个改革批次 / Read a programme")
    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.DEPARTMENT, Roles.DISTRICT})
    public ProgrammeResponse get(@PathParam("code") String code) {
        return ProgrammeResponse.of(programmes.get(code));
    }

    @Operation(operationId = "createProgramme", summary = "新增改革批次 / Create a programme")
    @APIResponse(responseCode = "201", description = "已创建 / created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProgrammeResponse.class)))
    @POST
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public Response create(@NotNull @Valid CreateProgrammeRequest request) {
        ProgrammeSnapshot created = programmes.create(request.code(), new ProgrammeDescription(request.title(),
                request.issuingBody(), request.documentNumber(), request.issuedOn()));
        return Response.created(URI.create("programmes/" + created.code())).entity(ProgrammeResponse.of(created)).build();
    }

    @Operation(operationId = "changeProgramme", summary = "修改改革批次 / Change a programme")
    @PATCH
    @Path("/{code}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public ProgrammeResponse change(@PathParam("code") String code, @NotNull @Valid ChangeProgrammeRequest request) {
        return ProgrammeResponse.of(programmes.describe(code, request.title(), request.issuingBody(),
                request.documentNumber(), request.issuedOn()));
    }

    /** A closed programme is read-only (kept for history and export); its measures can no longer change. */
    @Operation(operationId = "closeProgramme", summary = "关闭改革批次 / Close a programme")
    @POST
    @Path("/{code}/close")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public ProgrammeResponse close(@PathParam("code") String code) {
        return ProgrammeResponse.of(programmes.close(code));
    }

    @Operation(operationId = "reopenProgramme", summary = "重新开启改革批次 / Reopen a programme")
    @POST
    @Path("/{code}/reopen")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public ProgrammeResponse reopen(@PathParam("code") String code) {
        return ProgrammeResponse.of(programmes.reopen(code));
    }
}
