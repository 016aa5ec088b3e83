package org.reformhub.progress.report.api;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import org.reformhub.kernel.api.ApiDocument;
import org.reformhub.kernel.api.Page;
import org.reformhub.kernel.api.PageRequest;
import org.reformhub.kernel.api.QueryDates;
import org.reformhub.kernel.problem.rest.ProblemException;
import org.reformhub.kernel.problem.ProblemType;
import org.reformhub.kernel.security.CurrentCaller;
import org.reformhub.kernel.security.Roles;
import org.reformhub.progress.report.application.ReadReports;
import org.reformhub.progress.report.application.ReportWorkflow;
import org.reformhub.progress.report.domain.ProgressReport;
import org.reformhub.progress.report.domain.ReportKind;
import org.reformhub.progress.report.domain.ReportSearch;
import org.reformhub.progress.report.domain.ReportStatus;
import org.reformhub.kernel.city.ProgrammeCode;

import static org.reformhub.progress.ProgressTexts.text;

/**
 * Progress reports (工作进展报告). A responsible unit — an officer or its own system with client credentials —
 * writes and submits; supervisors approve or return; the lead unit's submission of the consolidated report is
 * its sign-off. Steps take an optional {@code If-Match} with the report's ETag.
 */
@Path("/reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReportResource {

    static final String IF_MATCH = "可选：读取时 ETag 给出的版本号；他人已修改则答 412"
            + " / optional: the ETag read before; 412 when someone changed the report since";

    static final String PROGRAMME = ProgrammeCode.PATTERN;

    private final ReportWorkflow workflow;
    private final ReadReports read;
    private final CurrentCaller currentCaller;

    public ReportResource(ReportWorkflow workflow, ReadReports read, CurrentCaller currentCaller) {
        this.workflow = workflow;
        this.read = read;
        this.currentCaller = currentCaller;
    }

    /**
     * A department's reports (its own; supervisors name any department, or none for every one). With {@code page}
     * (from 0) and {@code size}, or any of {@code kind}, {@code period}, {@code q} (a measure's code, words of its title
     * or of the report), {@code submittedFrom} / {@code submittedTo}: a search, latest change first, answered with the
     * page and the total. Without them, the older list: a department's latest reports, or (a supervisor naming no
     * department) the review queue.
     */
    @Operation(operationId = "listReports", summary = "查询进展报告（筛选、分页） / Search progress reports (filters, pages)")
    @GET
    @RolesAllowed({Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.ADMIN})
    public Page<ReportResponse> list(@QueryParam("dept") @Size(max = 50) String dept,
                                     @QueryParam("programme") @Pattern(regexp = PROGRAMME) String programme,
                                     @QueryParam("status") ReportStatus status,
                                     @QueryParam("kind") @Pattern(regexp = "CONSOLIDATED|CONTRIBUTION") String kind,
                                     @QueryParam("period") @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2]|Q[1-4])") String period,
                                     @QueryParam("q") @Size(min = 1, max = 100) String words,
                                     @QueryParam("submittedFrom") @Size(max = 10) String submittedFrom,
                                     @QueryParam("submittedTo") @Size(max = 10) String submittedTo,
                                     @QueryParam("page") @Min(0) @Max(10000) Integer page,
                                     @QueryParam("size") @Min(1) @Max(500) Integer size,
                                     @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        Optional<String> scope = currentCaller.departmentScope(dept);
        if (page != null || size != null || kind != null || period != null || words != null || submittedFrom != null
                || submittedTo != null) {
            PageRequest asked = PageRequest.of(page, size, null, 20);
            Page<ProgressReport> found = read.search(new ReportSearch(scope.orElse(null), programme, status,
                    kind == null ? null : ReportKind.valueOf(kind), period, words == null || words.isBlank() ? null : words.strip(),
                    QueryDates.parse("submittedFrom", submittedFrom), QueryDates.parse("submittedTo", submittedTo),
                    asked.offset(), asked.size()));
            return found.map(r -> ReportResponse.of(r, false)).paged(asked.page(), asked.size());
        }
        if (scope.isEmpty() && status != null && status != ReportStatus.SUBMITTED) {
            throw ProblemException.invalid(text("report.list-needs-dept"),
                    List.of(new org.reformhub.kernel.problem.Problem.FieldError("dept", text("report.list-needs-dept-field"))));
        }
        // supervisors without a department: the review queue
        List<ProgressReport> reports = scope.isPresent() ? read.ofDepartment(scope.get(), programme, status, limit)
                : read.awaitingReview(programme, limit);
        return Page.of(reports.stream().map(r -> ReportResponse.of(r, false)).toList());
    }

    @Operation(operationId = "getReport", summary = "读取进展报告及其历史 / Read a progress report with its history")
    @APIResponse(responseCode = "200", description = "报告及其历史 / the report with its history",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReportResponse.class)),
            headers = {
                @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING),
                        description = ApiDocument.ETAG)
            })
    @GET
    @Path("{id}")
    @RolesAllowed({Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.ADMIN})
    public Response get(@PathParam("id") UUID id) {
        ProgressReport report = read.get(currentCaller.get(), id);
        return Response.ok(ReportResponse.of(report, true)).tag(etag(report)).build();
    }

    @Operation(operationId = "editReport", summary = "修改报告草稿 / Edit a report draft")
    @APIResponse(responseCode = "200", description = "已保存 / saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReportResponse.class)))
    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.DEPARTMENT)
    public Response edit(@PathParam("id") UUID id,
                         @HeaderParam("If-Match") @Parameter(description = IF_MATCH) String ifMatch,
                         @NotNull @Valid ReportRequests.ContentRequest request) {
        return ok(workflow.edit(currentCaller.get(), id, request.content(), expectedVersion(ifMatch)));
    }

    @Operation(operationId = "submitReport", summary = "报送报告 / Submit a report")
    @APIResponse(responseCode = "200", description = "已报送 / submitted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReportResponse.class)))
    @POST
    @Path("{id}/submit")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.DEPARTMENT)
    public Response submit(@PathParam("id") UUID id,
                           @HeaderParam("If-Match") @Parameter(description = IF_MATCH) String ifMatch) {
        return ok(workflow.submit(currentCaller.get(), id, expectedVersion(ifMatch)));
    }

    @Operation(operationId = "approveReport", summary = "审核通过 / Approve a report")
    @APIResponse(responseCode = "200", description = "已审核通过 / approved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReportResponse.class)))
    @POST
    @Path("{id}/approve")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public Response approve(@PathParam("id") UUID id,
                            @HeaderParam("If-Match") @Parameter(description = IF_MATCH) String ifMatch) {
        return ok(workflow.approve(currentCaller.get(), id, expectedVersion(ifMatch)));
    }

    @Operation(operationId = "returnReport", summary = "退回报告 / Return a report")
    @APIResponse(responseCode = "200", description = "已退回 / returned",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReportResponse.class)))
    @POST
    @Path("{id}/return")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public Response returnReport(@PathParam("id") UUID id,
                                 @HeaderParam("If-Match") @Parameter(description = IF_MATCH) String ifMatch,
                                 @NotNull @Valid ReportRequests.ReturnRequest request) {
        return ok(workflow.returnWith(currentCaller.get(), id, request.reason(), expectedVersion(ifMatch)));
    }

    /** The unit a 需协调事项 was addressed to answers it (n counts from 1). */
    @Operation(operationId = "answerSupportRequest", summary = "答复报告中的协调请求 / Answer a support request of a report")
    @APIResponse(responseCode = "200", description = "已答复 / answered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReportResponse.class)),
            headers = {
                @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING),
                        description = ApiDocument.ETAG)
            })
    @POST
    @Path("{id}/support/{n}/answer")
    @RolesAllowed({Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.ADMIN})
    public Response answer(@PathParam("id") UUID id, @PathParam("n") @Min(1) @Max(20) int n,
                           @NotNull @Valid ReportRequests.AnswerRequest request) {
        return ok(workflow.answerSupport(currentCaller.get(), id, n, request.answer()));
    }

    static Response ok(ProgressReport report) {
        return Response.ok(ReportResponse.of(report, true)).tag(etag(report)).build();
    }

    static EntityTag etag(ProgressReport report) {
        return new EntityTag(Long.toString(report.version()));
    }

    private static Optional<Long> expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(ifMatch.strip().replaceFirst("^W/", "").replace("\"", "")));
        } catch (NumberFormatException e) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, text("etag.stale"));
        }
    }
}
