package org.reformhub.appeals.category.api;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import org.reformhub.kernel.api.Page;
import org.reformhub.appeals.category.application.CategoryCatalogue;
import org.reformhub.appeals.category.domain.Category;
import org.reformhub.kernel.city.DepartmentCode;

/** The appeal categories (诉求类别): public, so a filing form can offer them; admins edit them at {@code /admin/categories}. */
@Path("/categories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CategoryResource {

    public static final String CODE = "[a-z][a-z0-9-]{1,29}";

    public record CategoryRequest(@NotBlank @Size(max = 50) String name,
                                  @NotBlank @Pattern(regexp = DepartmentCode.PATTERN) String defaultUnit,
                                  @NotNull @Min(1) @Max(60) Integer timeLimitDays,
                                  @NotNull @Min(1) @Max(60) Integer urgentTimeLimitDays, Boolean active) {
    }

    public record CategoryResponse(String code, String name, String defaultUnit, int timeLimitDays, int urgentTimeLimitDays,
                                   boolean active) {
        static CategoryResponse of(Category c) {
            return new CategoryResponse(c.code(), c.name(), c.defaultUnit(), c.timeLimitDays(), c.urgentTimeLimitDays(),
                    c.active());
        }
    }

    private final CategoryCatalogue catalogue;

    public CategoryResource(CategoryCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Operation(operationId = "listCategories", summary = "诉求类别目录 / List the appeal categories")
    @GET
    @PermitAll
    public Page<CategoryResponse> list() {
        return Page.of(catalogue.all().stream().map(CategoryResponse::of).toList());
    }

    @Operation(operationId = "getCategory", summary = "读取一个诉求类别 / Read an appeal category")
    @GET
    @Path("/{code}")
    @PermitAll
    public CategoryResponse get(@PathParam("code") @Pattern(regexp = CODE) String code) {
        return CategoryResponse.of(catalogue.require(code));
    }
}
