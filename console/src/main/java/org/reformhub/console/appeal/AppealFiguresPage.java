package org.reformhub.console.appeal;

import java.time.YearMonth;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import org.reformhub.console.backend.AppealsApi;
import org.reformhub.console.backend.CityReportsApi;
import org.reformhub.console.backend.Downloads;
import org.reformhub.console.shell.CurrentViewer;
import org.reformhub.console.shell.Forms;
import org.reformhub.console.shell.PageContext;
import org.reformhub.console.shell.Viewer;
import org.reformhub.kernel.city.CityTime;

/**
 * {@code /app/appeals/figures}: a month's 直通车 figures as the monthly report has them — the city and every district
 * side by side (a district office: its own district), each handling unit, and what is still unresolved — with the
 * report as the Word document sent to the government.
 */
@Path("/app/appeals/figures")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Viewer.SUPERVISOR, Viewer.DISTRICT, Viewer.ADMIN})
public class AppealFiguresPage {

    private static final Map<String, String> LABELS = Map.of("month", "月份");

    @CheckedTemplate(basePath = "AppealFiguresPage")
    static class Templates {
        static native TemplateInstance figures(PageContext page, String month, CityReportsApi.MonthlyReport report,
                                               Map<String, String> errors, Map<String, String> labels);
    }

    private final CurrentViewer viewer;
    private final AppealsApi appeals;
    private final CityReportsApi cityReports;

    AppealFiguresPage(CurrentViewer viewer, @RestClient AppealsApi appeals, @RestClient CityReportsApi cityReports) {
        this.viewer = viewer;
        this.appeals = appeals;
        this.cityReports = cityReports;
    }

    @GET
    public Response figures(@QueryParam("month") String month) {
        String asked = month == null || month.isBlank() ? YearMonth.now(CityTime.ZONE).toString() : month.strip();
        PageContext page = PageContext.of("诉求办理情况", viewer.get(), "/app/appeals/figures");
        if (!asked.matches("20\\d\\d-(0[1-9]|1[0-2])")) {
            return Forms.unprocessable(Templates.figures(page, asked, null, Map.of("month", "请按“年-月”填写月份，如 2026-11"),
                    LABELS));
        }
        return Response.ok(Templates.figures(page, asked, cityReports.monthlyReport(asked, null), Map.of(), LABELS)).build();
    }

    @GET
    @Path("/{month}.docx")
    @Produces(MediaType.WILDCARD)
    public Response document(@PathParam("month") String month) {
        if (month == null || !month.matches("20\\d\\d-(0[1-9]|1[0-2])")) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        return Downloads.passThrough(cityReports.monthlyReportDocument(month, null));
    }
}
