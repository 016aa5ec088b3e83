package org.reformhub.appeals.assessment.api;

import java.time.YearMonth;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import org.reformhub.kernel.api.PublicResponses;
import org.reformhub.kernel.file.store.AttachmentStore;
import org.reformhub.kernel.rule.RejectedException;
import org.reformhub.kernel.security.CurrentCaller;
import org.reformhub.kernel.security.Roles;
import org.reformhub.appeals.district.application.Districts;
import org.reformhub.appeals.district.domain.DistrictRejection;
import org.reformhub.appeals.appeal.api.AppealResource;
import org.reformhub.appeals.assessment.infrastructure.AssessmentWorkbook;
import org.reformhub.appeals.document.WordDocument;
import org.reformhub.appeals.assessment.application.AppealFigures;
import org.reformhub.appeals.assessment.domain.Assessment;
import org.reformhub.appeals.assessment.domain.MonthlyReport;
import org.reformhub.kernel.city.CityTime;

/**
 * The channel's figures: public statistics (aggregates only, nothing that identifies an enterprise; gateway
 * {@code /public/appeals/stats}) and the handling units' assessment for supervisors (机关作风考核, year-end).
 * Months default to the current year up to this month.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class AppealFiguresResource {

    private final CurrentCaller currentCaller;
    private final Districts districts;

    private static final String MONTH = "20\\d\\d-(0[1-9]|1[0-2])";

    private final AppealFigures figures;
    private final ObjectMapper json;

    public AppealFiguresResource(AppealFigures figures, ObjectMapper json, CurrentCaller currentCaller, Districts districts) {
        this.currentCaller = currentCaller;
        this.districts = districts;
        this.figures = figures;
        this.json = json;
    }

    /** The channel's public figures (the portal's widget): ETag, 304 for If-None-Match, briefly cacheable. */
    @Operation(operationId = "getPublicStatistics", summary = "公开统计 / Read the public statistics")
    @GET
    @Path("public/stats")
    @PermitAll
    @APIResponse(responseCode = "200",
            description = "the channel's figures by category and month (ETag; 304 for If-None-Match)",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = AppealFigures.Statistics.class)))
    @APIResponse(responseCode = "304",
            description = "unchanged since the ETag sent in If-None-Match")
    public Response statistics(@QueryParam("from") @Pattern(regexp = MONTH) String from,
                                                  @QueryParam("to") @Pattern(regexp = MONTH) String to,
                                                  @HeaderParam("If-None-Match") String ifNoneMatch) {
        return PublicResponses.cached(ifNoneMatch, json, figures.publicStatistics(from(from), to(to)));
    }

    /**
     * The units' assessment and the districts side by side: the whole city, or one district ({@code district}: code,
     * full or short name); a district office always gets its own district's.
     */
    @Operation(operationId = "getAssessment",
            summary = "部门考核：办理与满意度 / Read the units' assessment: handling and satisfaction")
    @GET
    @Path("assessment")
    @RolesAllowed({Roles.SUPERVISOR, Roles.DISTRICT, Roles.ADMIN})
    public Assessment assessment(@QueryParam("from") @Pattern(regexp = MONTH) String from,
                                              @QueryParam("to") @Pattern(regexp = MONTH) String to,
                                              @QueryParam("district") @Size(min = 1, max = 50) String district) {
        return figures.assessment(from(from), to(to), scope(district));
    }

    /** The assessment as an Excel workbook for the year-end performance review. */
    @Operation(operationId = "downloadAssessmentWorkbook",
            summary = "下载部门考核表（Excel） / Download the assessment workbook (Excel)")
    @APIResponse(responseCode = "200", description = "考核表 / the assessment workbook",
            content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @GET
    @Path("assessment.xlsx")
    @Produces(AssessmentWorkbook.MEDIA_TYPE)
    @RolesAllowed({Roles.SUPERVISOR, Roles.DISTRICT, Roles.ADMIN})
    public Response assessmentWorkbook(@QueryParam("from") @Pattern(regexp = MONTH) String from,
                                       @QueryParam("to") @Pattern(regexp = MONTH) String to,
                                       @QueryParam("district") @Size(min = 1, max = 50) String district) {
        Assessment assessment = figures.assessment(from(from), to(to), scope(district));
        return Response.ok(AssessmentWorkbook.xlsx(assessment), AssessmentWorkbook.MEDIA_TYPE)
                .header("Content-Disposition", AttachmentStore.contentDisposition("企业直通车考核-" + assessment.from() + "-"
                        + assessment.to() + ".xlsx")).build();
    }

    /** A reform measure's appeals (tagged with it): volume, resolution, satisfaction, and the cases. */
    @Operation(operationId = "getMeasureAppealFigures",
            summary = "一项改革举措相关的诉求情况 / Read the appeal figures of a reform measure")
    @GET
    @Path("measure-figures/{programme}/{code}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public AppealFigures.MeasureFigures measureFigures(
            @jakarta.ws.rs.PathParam("programme") @Pattern(regexp = AppealResource.PROGRAMME) String programme,
            @jakarta.ws.rs.PathParam("code") @Pattern(regexp = AppealResource.MEASURE_CODE) String code) {
        return figures.measureFigures(programme, code);
    }

    /** 月报 of a month: JSON here, Word at {@code monthly-reports/{month}.docx}. */
    @Operation(operationId = "getMonthlyReport", summary = "月度诉求办理情况 / Read a month's appeal figures")
    @GET
    @Path("monthly-reports/{month}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.DISTRICT, Roles.ADMIN})
    public MonthlyReport monthlyReport(@jakarta.ws.rs.PathParam("month") @Pattern(regexp = MONTH) String month,
                                                     @QueryParam("district") @Size(min = 1, max = 50) String district) {
        return figures.monthlyReport(YearMonth.parse(month), scope(district));
    }

    @Operation(operationId = "downloadMonthlyReport", summary = "下载月报（Word） / Download the monthly report (Word)")
    @APIResponse(responseCode = "200", description = "月报 / the monthly report",
            content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @GET
    @Path("monthly-reports/{month}.docx")
    @Produces(WordDocument.MEDIA_TYPE)
    @RolesAllowed({Roles.SUPERVISOR, Roles.DISTRICT, Roles.ADMIN})
    public Response monthlyReportDocument(
            @jakarta.ws.rs.PathParam("month") @Pattern(regexp = MONTH) String month,
            @QueryParam("district") @Size(min = 1, max = 50) String district) {
        byte[] content = figures.document(figures.monthlyReport(YearMonth.parse(month), scope(district)));
        return Response.ok(content, WordDocument.MEDIA_TYPE)
                .header("Content-Disposition", AttachmentStore.contentDisposition("appeals-monthly-report-" + month + ".docx"))
                .build();
    }

    /**
     * Whose figures: a district office's own district (403 if it asks for another), else the district asked for (a
     * 400 naming {@code district} when there is none such) or the whole city.
     */
    private String scope(String district) {
        java.util.Optional<String> office = currentCaller.get().districtOffice();
        String asked = districts.codeOfFilter(district);
        if (currentCaller.get().hasRole(Roles.DISTRICT) && !currentCaller.get().seesEverything()) {
            String own = office.orElseThrow(() -> new RejectedException(new DistrictRejection.OutsideDistrict()));
            if (asked != null && !asked.equals(own)) {
                throw new RejectedException(new DistrictRejection.OutsideDistrict());
            }
            return own;
        }
        return asked;
    }

    private static YearMonth from(String text) {
        return text == null ? YearMonth.now(CityTime.ZONE).withMonth(1) : YearMonth.parse(text);
    }

    private static YearMonth to(String text) {
        return text == null ? YearMonth.now(CityTime.ZONE) : YearMonth.parse(text);
    }
}
