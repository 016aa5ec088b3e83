package org.reformhub.registry.tasktable.api;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import org.reformhub.kernel.problem.Problem;
import org.reformhub.kernel.problem.rest.ProblemException;
import org.reformhub.kernel.problem.ProblemType;
import org.reformhub.kernel.security.CurrentCaller;
import org.reformhub.kernel.security.Roles;
import org.reformhub.registry.tasktable.application.ImportTaskTable;
import org.reformhub.registry.tasktable.infrastructure.TableDocuments;
import org.reformhub.kernel.city.ProgrammeCode;

import static org.reformhub.registry.RegistryTexts.text;

/**
 * {@code POST /imports?programme=…&dryRun=true|false}: the body is the table as a text export
 * ({@code text/plain}), a Word document or an Excel workbook, sent as is with its media type. The table
 * goes into the named programme; an unknown programme code creates that programme (title from the
 * table's heading, or {@code title=}).
 */
@Path("/imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** A real table is a few hundred KB; anything far larger is a mistake or an attack. */
    static final int MAX_BYTES = 5 * 1024 * 1024;

    private final ImportTaskTable importTaskTable;
    private final CurrentCaller currentCaller;

    public ImportResource(ImportTaskTable importTaskTable, CurrentCaller currentCaller) {
        this.importTaskTable = importTaskTable;
        this.currentCaller = currentCaller;
    }

    @Operation(operationId = "importTaskTable", summary = "导入任务分工表（可先试运行） / Import a task table (dry run first)")
    @POST
    @Consumes({MediaType.TEXT_PLAIN, DOCX, XLSX})
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public ImportResponse importTable(
            @QueryParam("programme") @NotBlank @Pattern(regexp = ProgrammeCode.PATTERN,
                    message = "{reformhub.programme-code}") String programme,
            @QueryParam("dryRun") @DefaultValue("true") boolean dryRun,
            @QueryParam("title") @Size(min = 1, max = 300) String title,
            @QueryParam("issuingBody") @Size(min = 1, max = 200) String issuingBody,
            @QueryParam("documentNumber") @Size(min = 1, max = 100) String documentNumber,
            @QueryParam("issuedOn") @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "{reformhub.iso-date}") String issuedOn,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType contentType,
            InputStream body) throws IOException {
        byte[] document = body.readNBytes(MAX_BYTES + 1);
        if (document.length > MAX_BYTES) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, text("import.body-too-large", MAX_BYTES / 1024 / 1024));
        }
        if (document.length == 0) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, text("import.body-empty"));
        }
        ImportTaskTable.Target target = new ImportTaskTable.Target(programme, title, issuingBody, documentNumber,
                date(issuedOn));
        return ImportResponse.of(importTaskTable.execute(target, format(contentType), document, dryRun,
                currentCaller.get().username()));
    }

    private static TableDocuments.Format format(MediaType contentType) {
        if (contentType == null) {
            return TableDocuments.Format.TEXT;
        }
        return contentType.isCompatible(MediaType.valueOf(DOCX)) ? TableDocuments.Format.DOCX
                : contentType.isCompatible(MediaType.valueOf(XLSX)) ? TableDocuments.Format.XLSX : TableDocuments.Format.TEXT;
    }

    private static LocalDate date(String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.invalid("日期无效", List.of(new Problem.FieldError("issuedOn", text("field.not-a-date", value))));
        }
    }
}
