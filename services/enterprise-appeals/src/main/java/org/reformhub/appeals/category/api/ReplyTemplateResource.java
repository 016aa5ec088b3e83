package org.reformhub.appeals.category.api;

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
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.reformhub.appeals.category.application.ReplyTemplates;
import org.reformhub.appeals.category.domain.ReplyTemplate;

/** 答复模板 of a category: the units that answer read them, the office keeps them. */
@Path("/categories/{code}/reply-templates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReplyTemplateResource {

    public record TemplateRequest(@NotBlank @Size(max = 100) String title, @NotBlank @Size(max = 4000) String body) {
    }

    public record TemplateResponse(UUID id, String category, String title, String body, String updatedBy,
                                   Instant updatedAt, long version) {
        static TemplateResponse of(ReplyTemplate t) {
            return new TemplateResponse(t.id(), t.categoryCode(), t.title(), t.body(), t.updatedBy(), t.updatedAt(),
                    t.version());
        }
    }

    private final ReplyTemplates templates;
    private final CurrentCaller currentCaller;

    public ReplyTemplateResource(ReplyTemplates templates, CurrentCaller currentCaller) {
        this.templates = templates;
        this.currentCaller = currentCaller;
    }

    /** The category's templates by title. */
    @Operation(operationId = "listReplyTemplates", summary = "列出类别的答复模板 / List a category's reply templates")
    @GET
    @RolesAllowed({Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.DISTRICT, Roles.ADMIN})
    public Page<TemplateResponse> list(@PathParam("code") @Pattern(regexp = CategoryResource.CODE) String code) {
        return Page.of(templates.of(code).stream().map(TemplateResponse::of).toList());
    }

    @Operation(operationId = "addReplyTemplate", summary = "新增答复模板 / Add a reply template")
    @APIResponse(responseCode = "201", description = "已创建 / created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TemplateResponse.class)))
    @POST
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public Response add(@PathParam("code") @Pattern(regexp = CategoryResource.CODE) String code,
                        @NotNull @Valid TemplateRequest request) {
        ReplyTemplate template = templates.add(code, request.title(), request.body(), currentCaller.get().username());
        return Response.created(URI.create("/api/appeals/categories/" + code + "/reply-templates/" + template.id()))
                .entity(TemplateResponse.of(template)).build();
    }

    @Operation(operationId = "rewordReplyTemplate", summary = "修改答复模板 / Reword a reply template")
    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public TemplateResponse reword(@PathParam("code") @Pattern(regexp = CategoryResource.CODE) String code,
                                   @PathParam("id") UUID id, @NotNull @Valid TemplateRequest request) {
        return TemplateResponse.of(templates.reword(code, id, request.title(), request.body(), currentCaller.get().username()));
    }

    @Operation(operationId = "removeReplyTemplate", summary = "删除答复模板 / Remove a reply template")
    @APIResponse(responseCode = "204", description = "已删除 / removed")
    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public Response remove(@PathParam("code") @Pattern(regexp = CategoryResource.CODE) String code, @PathParam("id") UUID id) {
        templates.remove(code, id);
        return Response.noContent().build();
    }
}
