package org.reformhub.appeals.assessment.api;

import java.time.YearMonth;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.reformhub.kernel.security.Roles;
import org.reformhub.appeals.appeal.domain.Appeal;
import org.reformhub.appeals.assessment.application.AppealFigures;
import org.reformhub.appeals.assessment.infrastructure.MonthlyReportDocument;

/**
 * The channel's figures: public statistics (aggregates only, nothing that identifies an enterprise; gateway
 * {@code /public/appeals/stats}) and the handling units' assessment for supervisors (机关作风考核, year-end).
 * Months default to the current year up to this month.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class AppealFiguresResource {

    private static final String MONTH = "20\\d\\d-(0[1-9]|1[0-2])";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final AppealFigures figures;

    public AppealFiguresResource(AppealFigures figures) {
        this.figures = figures;
    }

    @GET
    @Path("public/stats")
    @PermitAll
    public AppealFigures.Statistics statistics(@QueryParam("from") @Pattern(regexp = MONTH) String from,
                                              @QueryParam("to") @Pattern(regexp = MONTH) String to) {
        return figures.statistics(from(from), to(to));
    }

    @GET
    @Path("assessment")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public AppealFigures.Assessment assessment(@QueryParam("from") @Pattern(regexp = MONTH) String from,
                                              @QueryParam("to") @Pattern(regexp = MONTH) String to) {
        return figures.assessment(from(from), to(to));
    }

    /** 月报 of a month: JSON here, Word at {@code monthly-reports/{month}.docx}. */
    @GET
    @Path("monthly-reports/{month}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public AppealFigures.MonthlyReport monthlyReport(@jakarta.ws.rs.PathParam("month") @Pattern(regexp = MONTH) String month) {
        return figures.monthlyReport(YearMonth.parse(month));
    }

    @GET
    @Path("monthly-reports/{month}.docx")
    @Produces(DOCX)
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public jakarta.ws.rs.core.Response monthlyReportDocument(
            @jakarta.ws.rs.PathParam("month") @Pattern(regexp = MONTH) String month) {
        byte[] content = MonthlyReportDocument.docx(figures.monthlyReport(YearMonth.parse(month)));
        return jakarta.ws.rs.core.Response.ok(content, DOCX)
                .header("Content-Disposition", "attachment; filename=\"appeals-monthly-report-" + month + ".docx\"").build();
    }

    private static YearMonth from(String text) {
        return text == null ? YearMonth.now(Appeal.CITY).withMonth(1) : YearMonth.parse(text);
    }

    private static YearMonth to(String text) {
        return text == null ? YearMonth.now(Appeal.CITY) : YearMonth.parse(text);
    }
}
