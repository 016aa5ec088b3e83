package org.reformhub.registry.tasktable.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import org.reformhub.kernel.security.Roles;
import org.reformhub.registry.measure.application.ReadMeasures;
import org.reformhub.registry.programme.application.ManageProgrammes;
import org.reformhub.registry.programme.domain.ProgrammeSnapshot;
import org.reformhub.registry.tasktable.infrastructure.RegistryWorkbook;
import org.reformhub.kernel.city.CityTime;

/** One programme's register as Excel, in the official table's layout, for government readers. */
@Path("/exports")
public class ExportResource {

    private final ManageProgrammes programmes;
    private final ReadMeasures measures;

    public ExportResource(ManageProgrammes programmes, ReadMeasures measures) {
        this.programmes = programmes;
        this.measures = measures;
    }

    @Operation(operationId = "downloadRegistryWorkbook",
            summary = "下载改革举措台账（Excel） / Download the registry workbook (Excel)")
    @APIResponse(responseCode = "200", description = "台账 / the registry workbook",
            content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @GET
    @Path("/{programme}/registry.xlsx")
    @Produces(ImportResource.XLSX)
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.DEPARTMENT, Roles.DISTRICT})
    public Response registry(@PathParam("programme") String programme) {
        byte[] workbook = QuarkusTransaction.requiringNew().call(() -> {
            ProgrammeSnapshot snapshot = programmes.get(programme);
            return RegistryWorkbook.write(snapshot.description().title(),
                    measures.inForceByCode(programme));
        });
        String file = programme + "-registry-" + CityTime.today() + ".xlsx";
        return Response.ok(workbook).header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }
}
