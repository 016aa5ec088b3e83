package org.reformhub.appeals.measure.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import org.reformhub.kernel.api.Page;
import org.reformhub.kernel.security.Roles;
import org.reformhub.kernel.city.ProgrammeCode;
import org.reformhub.appeals.measure.application.KnownMeasures;

/** The reform measures an appeal can be tagged with (learned from the registry's events). */
@Path("/measures")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.DISTRICT, Roles.ADMIN})
public class KnownMeasureResource {

    public record MeasureResponse(String programme, String code, String title, String domain, List<String> leadUnits) {
    }

    private final KnownMeasures measures;

    public KnownMeasureResource(KnownMeasures measures) {
        this.measures = measures;
    }

    @Operation(operationId = "listKnownMeasures",
            summary = "诉求可关联的改革举措 / List the reform measures appeals can be tagged with")
    @GET
    public Page<MeasureResponse> list(@QueryParam("programme") @Pattern(regexp = ProgrammeCode.PATTERN) String programme) {
        return Page.of(measures.ofProgramme(programme).stream()
                .map(m -> new MeasureResponse(m.programme(), m.code(), m.title(), m.domain(), m.leadUnits())).toList());
    }
}
