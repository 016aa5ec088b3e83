package org.reformhub.warehouse.load.api;

import java.sql.SQLException;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.reformhub.kernel.security.Roles;
import org.reformhub.warehouse.load.application.WarehouseLoad;
import org.reformhub.warehouse.load.infrastructure.WarehouseTables;

/** The load's state for operators and the data team; the warehouse itself is read with SQL (docs/warehouse.md). */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "warehouse", description = "数据仓库装载：进度、表摘要、重建")
public class WarehouseResource {

    private final WarehouseLoad load;

    public WarehouseResource(WarehouseLoad load) {
        this.load = load;
    }

    @GET
    @Path("status")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "How far the load is behind each partition, what was skipped (unknown types) or parked")
    public WarehouseLoad.Status status() throws SQLException {
        return load.status();
    }

    @GET
    @Path("tables")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "Rows and an MD5 of each table's sorted rows: two loads of the same events compare equal")
    public Map<String, WarehouseTables.TableDigest> tables() throws SQLException {
        return load.digests();
    }

    @POST
    @Path("admin/rebuild")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Empty the warehouse and load every topic again from offset 0 (asynchronous; watch status)")
    public Response rebuild() {
        return Response.accepted(load.rebuild()).build();
    }
}
