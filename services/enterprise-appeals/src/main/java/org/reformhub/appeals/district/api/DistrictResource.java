package org.reformhub.appeals.district.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import org.reformhub.kernel.api.Page;
import org.reformhub.kernel.problem.rest.ProblemException;
import org.reformhub.kernel.problem.ProblemType;
import org.reformhub.kernel.security.Roles;
import org.reformhub.appeals.district.application.Districts;
import org.reformhub.appeals.district.domain.District;

import static org.reformhub.appeals.AppealTexts.text;

/**
 * The districts (县区): public, so a filing form can offer them; the administrator adds, renames or retires one at
 * {@code PUT /admin/districts/{code}}. A district is named in requests by its code, full name or short name.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DistrictResource {

    public static final String CODE = "[a-z][a-z0-9-]{1,29}";

    public record DistrictRequest(@NotBlank @Size(max = 50) String name, @NotBlank @Size(max = 20) String shortName,
                                  @Min(1) @Max(999) Integer sortOrder, Boolean active) {
    }

    public record DistrictResponse(String code, String name, String shortName, int sortOrder, boolean active) {
        static DistrictResponse of(District d) {
            return new DistrictResponse(d.code(), d.name(), d.shortName(), d.sortOrder(), d.active());
        }
    }

    private final Districts districts;

    public DistrictResource(Districts districts) {
        this.districts = districts;
    }

    @Operation(operationId = "listDistricts", summary = "县区目录 / List the districts")
    @GET
    @Path("districts")
    @PermitAll
    public Page<DistrictResponse> list() {
        return Page.of(districts.all().stream().map(DistrictResponse::of).toList());
    }

    /** One district, by its code, full name or short name. */
    @Operation(operationId = "getDistrict", summary = "读取一个县区（代码、全称或简称） / Read a district (code, full or short name)")
    @GET
    @Path("districts/{district}")
    @PermitAll
    public DistrictResponse get(@PathParam("district") @Size(max = 50) String given) {
        return DistrictResponse.of(districts.find(given).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                text("district.unknown", given))));
    }

    /** Creates or changes a district; {@code active: false} retires it (no new cases or sessions name it). */
    @Operation(operationId = "putDistrict", summary = "新增或修改县区 / Create or change a district")
    @PUT
    @Path("admin/districts/{code}")
    @RolesAllowed(Roles.ADMIN)
    public DistrictResponse put(@PathParam("code") @Pattern(regexp = CODE) String code,
                                @NotNull @Valid DistrictRequest request) {
        return DistrictResponse.of(districts.save(code, request.name().strip(), request.shortName().strip(),
                request.sortOrder(), !Boolean.FALSE.equals(request.active())));
    }
}
