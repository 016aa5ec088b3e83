package org.reformhub.registry.tasktable.api;

import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import io.quarkus.narayana.jta.QuarkusTransaction;

import org.reformhub.kernel.security.Roles;
import org.reformhub.registry.measure.domain.Measure;
import org.reformhub.registry.measure.infrastructure.MeasureRepository;
import org.reformhub.registry.tasktable.infrastructure.RegistryWorkbook;

/** The register as Excel, for government readers. */
@Path("/exports")
public class ExportResource {

    private final MeasureRepository measures;

    public ExportResource(MeasureRepository measures) {
        this.measures = measures;
    }

    @GET
    @Path("/registry.xlsx")
    @Produces(ImportResource.XLSX)
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.DEPARTMENT})
    public Response registry() {
        byte[] workbook = QuarkusTransaction.requiringNew().call(() -> RegistryWorkbook.write(
                measures.inForceByCode().stream().map(Measure::snapshot).toList()));
        String file = "registry-" + LocalDate.now(ZoneId.of("Asia/Shanghai")) + ".xlsx";
        return Response.ok(workbook).header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }
}
