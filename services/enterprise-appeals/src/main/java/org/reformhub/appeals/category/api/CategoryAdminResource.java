package org.reformhub.appeals.category.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import org.reformhub.kernel.security.Roles;
import org.reformhub.appeals.category.application.CategoryCatalogue;

/** Admins keep the category catalogue (under /admin, like every admin-only operation). */
@Path("/admin/categories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CategoryAdminResource {

    private final CategoryCatalogue catalogue;

    public CategoryAdminResource(CategoryCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Creates or replaces a category; {@code active: false} retires it (no new appeals). */
    @Operation(operationId = "putCategory",
            summary = "新增或修改诉求类别及其办理时限 / Create or change an appeal category and its time limit")
    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    public CategoryResource.CategoryResponse put(@PathParam("code") @Pattern(regexp = CategoryResource.CODE) String code,
                                                 @NotNull @Valid CategoryResource.CategoryRequest request) {
        return CategoryResource.CategoryResponse.of(catalogue.save(code, request.name(), request.defaultUnit(),
                request.timeLimitDays(), request.urgentTimeLimitDays(), !Boolean.FALSE.equals(request.active())));
    }
}
