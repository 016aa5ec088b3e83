package org.reformhub.registry.department.api;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import org.reformhub.kernel.api.ApiLimits;
import org.reformhub.kernel.api.Page;
import org.reformhub.kernel.rule.RejectedException;
import org.reformhub.kernel.security.CurrentCaller;
import org.reformhub.kernel.security.Roles;
import org.reformhub.registry.department.application.ManageDepartments;
import org.reformhub.registry.department.domain.DepartmentKind;
import org.reformhub.registry.department.domain.DepartmentRejection;
import org.reformhub.registry.department.domain.DepartmentSnapshot;
import org.reformhub.registry.department.infrastructure.DepartmentRepository;

/** The department catalogue (责任单位). Reads: every government role; writes: supervisors and admins. */
@Path("/departments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DepartmentResource {


    public record CreateDepartmentRequest(
            @NotBlank @Pattern(regexp = "[a-z0-9-]{2,40}", message = "{reformhub.department-code}") String code,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 30) List<@NotBlank @Size(max = 200) String> aliases,
            @NotNull DepartmentKind kind,
            @Email @Size(max = 200) String email,
            @Size(max = 50) String phone) {
    }

    public record ChangeDepartmentRequest(@Size(min = 1, max = 200) String name,
                                          @Size(max = 30) List<@NotBlank @Size(max = 200) String> aliases,
                                          DepartmentKind kind, @Email @Size(max = 200) String email,
                                          @Size(max = 50) String phone,
                                          Boolean reviewed) {
    }

    public record MergeRequest(@NotBlank @Size(max = 50) String from) {
    }

    /** A department as the API shows it. */
    public record DepartmentResponse(String code, String name, List<String> aliases, DepartmentKind kind,
                                     @Schema(nullable = true) String email, @Schema(nullable = true) String phone,
                                     boolean needsReview, @Schema(nullable = true) String mergedInto, long version) {
        static DepartmentResponse of(DepartmentSnapshot d) {
            return new DepartmentResponse(d.code(), d.name(), d.aliases(), d.kind(), d.email(), d.phone(), d.needsReview(),
                    d.mergedInto(), d.version());
        }
    }

    private final ManageDepartments manage;
    private final DepartmentRepository departments;
    private final CurrentCaller currentCaller;

    public DepartmentResource(ManageDepartments manage, DepartmentRepository departments, CurrentCaller currentCaller) {
        this.manage = manage;
        this.departments = departments;
        this.currentCaller = currentCaller;
    }

    @Operation(operationId = "listDepartments", summary = "部门目录 / List the departments")
    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.DEPARTMENT, Roles.DISTRICT})
    public Page<DepartmentResponse> list(@QueryParam("needsReview") Boolean needsReview) {
        List<DepartmentResponse> items = departments.snapshots().stream()
                .filter(d -> needsReview == null || d.needsReview() == needsReview).map(DepartmentResponse::of).toList();
        // a catalogue, not a feed: the documented list limit is far above any city's departments
        return new Page<>(items.stream().limit(ApiLimits.LIST_MAX).toList(), items.size());
    }

    @Operation(operationId = "getDepartment", summary = "读取一个部门 / Read a department")
    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.DEPARTMENT, Roles.DISTRICT})
    public DepartmentResponse get(@PathParam("code") String code) {
        return departments.findByIdOptional(code).map(d -> DepartmentResponse.of(d.snapshot()))
                .orElseThrow(() -> new RejectedException(new DepartmentRejection.UnknownDepartment(code)));
    }

    @Operation(operationId = "createDepartment", summary = "新增部门 / Create a department")
    @APIResponse(responseCode = "201", description = "已创建 / created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DepartmentResponse.class)))
    @POST
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public Response create(@NotNull @Valid CreateDepartmentRequest request) {
        DepartmentSnapshot created = manage.create(request.code(), new ManageDepartments.Description(request.name(),
                request.aliases(), request.kind(), request.email(), request.phone(), null));
        return Response.created(URI.create("departments/" + created.code())).entity(DepartmentResponse.of(created)).build();
    }

    @Operation(operationId = "changeDepartment", summary = "修改部门 / Change a department")
    @PATCH
    @Path("/{code}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public DepartmentResponse change(@PathParam("code") String code, @NotNull @Valid ChangeDepartmentRequest request) {
        return DepartmentResponse.of(manage.describe(code, new ManageDepartments.Description(request.name(), request.aliases(), request.kind(),
                request.email(), request.phone(), request.reviewed())));
    }

    /** Merges the department {@code from} into this one: its names become aliases, its measures move here. */
    @Operation(operationId = "mergeDepartment",
            summary = "合并部门（机构改革） / Merge a department into another (reorganisation)")
    @POST
    @Path("/{code}/merge")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public DepartmentResponse merge(@PathParam("code") String code, @NotNull @Valid MergeRequest request) {
        return DepartmentResponse.of(manage.merge(code, request.from(), currentCaller.get().username()));
    }
}
