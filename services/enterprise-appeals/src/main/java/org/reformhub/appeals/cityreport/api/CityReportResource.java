package org.reformhub.appeals.cityreport.api;

import java.net.URI;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import org.reformhub.kernel.api.Page;
import org.reformhub.kernel.api.PageRequest;
import org.reformhub.kernel.security.CurrentCaller;
import org.reformhub.kernel.security.Roles;
import org.reformhub.appeals.appeal.api.AppealResource;
import org.reformhub.appeals.cityreport.application.CityReports;
import org.reformhub.kernel.file.store.AttachmentStore;
import org.reformhub.appeals.cityreport.domain.CityReport;

/**
 * Reports to the city government: publish the monthly report (月报) of a month or a special report (专题报告);
 * each stays downloadable as the Word document that was sent.
 */
@Path("/city-reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class CityReportResource {

    public record MonthlyRequest(@NotNull @Pattern(regexp = "20\\d\\d-(0[1-9]|1[0-2])") String month) {
    }

    public record SpecialRequest(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 20000) String summary,
                                 @NotEmpty @Size(max = 200) List<@NotNull @Pattern(regexp = AppealResource.CASE) String> cases) {
    }

    public record ReportResponse(UUID id, CityReport.Kind kind, @Schema(nullable = true) String month, String title, @Schema(nullable = true) String summary,
                                 List<String> caseNumbers, String publishedBy, Instant publishedAt, String document) {
        static ReportResponse of(CityReport r) {
            return new ReportResponse(r.id(), r.kind(), r.month(), r.title(), r.summary(), r.caseNumbers(), r.publishedBy(),
                    r.publishedAt(), "/api/appeals/city-reports/" + r.id() + "/document");
        }
    }

    private final CityReports reports;
    private final CurrentCaller currentCaller;
    private final AttachmentStore store;

    public CityReportResource(CityReports reports, CurrentCaller currentCaller, AttachmentStore store) {
        this.reports = reports;
        this.store = store;
        this.currentCaller = currentCaller;
    }

    @Operation(operationId = "publishMonthlyReport", summary = "报送月度报告 / Publish the monthly report")
    @APIResponse(responseCode = "201", description = "已报送 / published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReportResponse.class)))
    @POST
    @Path("/monthly")
    public Response publishMonthly(@NotNull @Valid MonthlyRequest request) {
        return created(reports.publishMonthly(currentCaller.get(), YearMonth.parse(request.month())));
    }

    @APIResponse(responseCode = "404", description = "专报所列案件不存在 / a case it names does not exist")
    @Operation(operationId = "publishSpecialReport", summary = "报送专报（提请协调） / Publish a special report (escalation)")
    @APIResponse(responseCode = "201", description = "已报送 / published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReportResponse.class)))
    @POST
    @Path("/special")
    public Response publishSpecial(@NotNull @Valid SpecialRequest request) {
        return created(reports.publishSpecial(currentCaller.get(), request.title(), request.summary(), request.cases()));
    }

    @Operation(operationId = "listCityReports", summary = "列出报送市政府的报告 / List the reports sent to the city government")
    @GET
    public Page<ReportResponse> list(@QueryParam("kind") CityReport.Kind kind,
            @QueryParam("page") @Min(0) @Max(10000) Integer page,
            @QueryParam("size") @Min(1) @Max(200) Integer size,
            @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(deprecated = true,
                    description = "旧名称，即第 0 页的 size / the former name of size, for page 0")
            @QueryParam("limit") @Min(1) @Max(200) Integer limit) {
        return reports.latest(kind, PageRequest.of(page, size, limit, 50)).map(ReportResponse::of);
    }

    @Operation(operationId = "getCityReport", summary = "读取一份报告 / Read a report")
    @GET
    @Path("/{id}")
    public ReportResponse get(@PathParam("id") UUID id) {
        return ReportResponse.of(reports.get(id));
    }

    @Operation(operationId = "downloadCityReport", summary = "下载报告正文（Word） / Download a report's document (Word)")
    @APIResponse(responseCode = "200", description = "报告正文 / the report document",
            content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @GET
    @Path("/{id}/document")
    @Produces(MediaType.WILDCARD)
    public Response document(@PathParam("id") UUID id) throws java.io.IOException {
        return store.download(reports.get(id).document());
    }

    private static Response created(CityReport report) {
        return Response.created(URI.create("/api/appeals/city-reports/" + report.id())).entity(ReportResponse.of(report)).build();
    }
}
