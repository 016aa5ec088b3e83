package org.reformhub.progress.report.api;

import java.util.List;
import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import org.reformhub.kernel.api.ApiDocument;
import org.reformhub.kernel.api.Page;
import org.reformhub.kernel.api.PageRequest;
import org.reformhub.kernel.idempotency.IdempotencyKeys;
import org.reformhub.kernel.security.CurrentCaller;
import org.reformhub.kernel.security.Roles;
import org.reformhub.progress.report.application.ReadReports;
import org.reformhub.progress.report.application.ReportWorkflow;
import org.reformhub.progress.report.domain.ProgressReport;
import org.reformhub.kernel.city.ProgrammeCode;

/** A measure's reports: a responsible unit starts its report for a period here; everyone who may read them lists them. */
@Path("/measures/{programme}/{code}/reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeasureReportsResource {

    /** More reports than one measure gets in years (one per department and period): "all of them". */
    private static final int ALL = 5_000;


    static final String PROGRAMME = ProgrammeCode.PATTERN;
    static final String CODE = "\\d{1,2}-\\d{2,3}";

    private final ReportWorkflow workflow;
    private final ReadReports read;
    private final CurrentCaller currentCaller;

    public MeasureReportsResource(ReportWorkflow workflow, ReadReports read, CurrentCaller currentCaller) {
        this.workflow = workflow;
        this.read = read;
        this.currentCaller = currentCaller;
    }

    /** With {@code Idempotency-Key}, a retry returns the first report (201 again), never a second one. */
    @Operation(operationId = "createReport", summary = "起草进展报告 / Draft a progress report")
    @APIResponse(responseCode = "201", description = "已创建 / created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReportResponse.class)),
            headers = {
                @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING),
                        description = ApiDocument.ETAG)
            })
    @POST
    @RolesAllowed(Roles.DEPARTMENT)
    public Response create(@PathParam("programme") @Pattern(regexp = PROGRAMME) String programme,
                           @PathParam("code") @Pattern(regexp = CODE) String code,
                           @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                           @NotNull @Valid ReportRequests.CreateReportRequest request) {
        ProgressReport report = workflow.create(currentCaller.get(), programme, code, request.period(),
                request.asContent().content(), Boolean.TRUE.equals(request.submit()), IdempotencyKeys.read(idempotencyKey),
                request);
        return Response.created(URI.create("/api/progress/reports/" + report.id())).tag(ReportResource.etag(report))
                .entity(ReportResponse.of(report, false)).build();
    }

    @Operation(operationId = "listMeasureReports", summary = "一项改革举措的进展报告 / List a reform measure's progress reports")
    @GET
    @RolesAllowed({Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.ADMIN})
    public Page<ReportResponse> ofMeasure(@PathParam("programme") @Pattern(regexp = PROGRAMME) String programme,
                                          @PathParam("code") @Pattern(regexp = CODE) String code,
                                          @QueryParam("period") @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2]|Q[1-4])") String period,
            @QueryParam("page") @Min(0) @Max(10000) Integer page,
            @QueryParam("size") @Min(1) @Max(500) Integer size,
            @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(deprecated = true,
                    description = "旧名称，即第 0 页的 size / the former name of size, for page 0")
            @QueryParam("limit") @Min(1) @Max(500) Integer limit) {
        // one measure's reports are few (one per department and period): read them all, answer the page asked for
        List<ReportResponse> all = read.ofMeasure(currentCaller.get(), programme, code, period, ALL).stream()
                .map(r -> ReportResponse.of(r, false)).toList();
        return PageRequest.of(page, size, limit, 100).of(all);
    }

}
