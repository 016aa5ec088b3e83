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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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

    @Operation(operationId = "getWarehouseStatus",
            summary = "加载进度、跳过与暂存的事件 / Read how far the load is, and what was skipped or parked")
    @GET
    @Path("status")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public WarehouseLoad.Status status() throws SQLException {
        return load.status();
    }

    @Operation(operationId = "digestWarehouseTables", summary = "各表行数与校验和 / Read each table's rows and checksum")
    @GET
    @Path("tables")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public Map<String, WarehouseTables.TableDigest> tables() throws SQLException {
        return load.digests();
    }

    @Operation(operationId = "rebuildWarehouse",
            summary = "清空数据仓库并从头重新加载（异步） / Empty the warehouse and load every topic again (asynchronous)")
    @APIResponse(responseCode = "202", description = "已开始重建 / the rebuild has started",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WarehouseLoad.RebuildRequested.class)))
    @POST
    @Path("admin/rebuild")
    @RolesAllowed(Roles.ADMIN)
    public Response rebuild() {
        return Response.accepted(load.rebuild()).build();
    }
}
