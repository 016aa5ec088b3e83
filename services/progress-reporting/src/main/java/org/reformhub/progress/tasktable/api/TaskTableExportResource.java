package org.reformhub.progress.tasktable.api;

import java.nio.charset.StandardCharsets;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import org.reformhub.kernel.security.Roles;
import org.reformhub.progress.tasktable.application.RegenerateTable;
import org.reformhub.progress.tasktable.infrastructure.TableDocumentWriter;
import org.reformhub.kernel.city.ProgrammeCode;
import org.reformhub.kernel.city.CityTime;

/**
 * The official table regenerated with today's status (Word for reporting upward, Excel for working on it).
 * It opens in Word and WPS, and the registry's import reads it back into the same measures.
 */
@Path("/exports/{programme}")
public class TaskTableExportResource {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final RegenerateTable regenerate;

    public TaskTableExportResource(RegenerateTable regenerate) {
        this.regenerate = regenerate;
    }

    @Operation(operationId = "downloadTaskTableDocument",
            summary = "下载任务分工表（Word，含今日进展） / Download the task table (Word, with today's status)")
    @APIResponse(responseCode = "200", description = "任务分工表（含今日进展）/ the task table with today's status",
            content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @GET
    @Path("task-table.docx")
    @Produces(DOCX)
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.DEPARTMENT})
    public Response docx(@PathParam("programme") @Pattern(regexp = ProgrammeCode.PATTERN) String programme) {
        return attachment(TableDocumentWriter.docx(regenerate.of(programme)), programme, "docx", DOCX);
    }

    @Operation(operationId = "downloadTaskTableWorkbook",
            summary = "下载任务分工表（Excel，含今日进展） / Download the task table (Excel, with today's status)")
    @APIResponse(responseCode = "200", description = "任务分工表（含今日进展）/ the task table with today's status",
            content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @GET
    @Path("task-table.xlsx")
    @Produces(XLSX)
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.DEPARTMENT})
    public Response xlsx(@PathParam("programme") @Pattern(regexp = ProgrammeCode.PATTERN) String programme) {
        return attachment(TableDocumentWriter.xlsx(regenerate.of(programme)), programme, "xlsx", XLSX);
    }

    private static Response attachment(byte[] content, String programme, String extension, String type) {
        String name = "任务分工表-" + programme + "-" + CityTime.today() + "." + extension;
        String encoded = java.net.URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(content, type)
                .header("Content-Disposition", "attachment; filename=\"task-table-" + programme + "." + extension
                        + "\"; filename*=UTF-8''" + encoded)
                .build();
    }
}
