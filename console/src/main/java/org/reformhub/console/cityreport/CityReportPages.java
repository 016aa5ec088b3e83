package org.reformhub.console.cityreport;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

import org.reformhub.console.backend.CityReportsApi;
import org.reformhub.console.backend.Downloads;
import org.reformhub.console.shell.CurrentViewer;
import org.reformhub.console.shell.Forms;
import org.reformhub.console.shell.PageContext;
import org.reformhub.console.shell.Viewer;
import org.reformhub.kernel.city.CityTime;

/**
 * {@code /app/reports}: the reports the office sends the city government — the monthly report (月报) of a month's
 * 直通车 cases and special reports (专题报告) on chosen cases — each kept as the Word document that was sent.
 */
@Path("/app/reports")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Viewer.SUPERVISOR, Viewer.ADMIN})
public class CityReportPages {

    static final Map<String, String> FIELD_LABELS = Map.of("month", "月份", "title", "标题", "summary", "报告正文",
            "cases", "涉及诉求");

    @CheckedTemplate(basePath = "CityReportPages")
    static class Templates {
        static native TemplateInstance reports(PageContext page, List<CityReportsApi.CityReport> reports,
                                               Map<String, String> typed, Map<String, String> errors,
                                               Map<String, String> labels);

        static native TemplateInstance report(PageContext page, CityReportsApi.CityReport report, boolean published);
    }

    private final CurrentViewer viewer;
    private final CityReportsApi cityReports;

    CityReportPages(CurrentViewer viewer, @RestClient CityReportsApi cityReports) {
        this.viewer = viewer;
        this.cityReports = cityReports;
    }

    @GET
    public TemplateInstance reports() {
        return list(Map.of("month", YearMonth.now(CityTime.ZONE).minusMonths(1).toString()), Map.of());
    }

    @POST
    @Path("/monthly")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response monthly(@RestForm String month) {
        Map<String, String> typed = Forms.typed("month", month);
        return publish(typed, () -> cityReports.publishMonthly(new CityReportsApi.Month(Forms.blankToNull(month))));
    }

    @POST
    @Path("/special")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response special(@RestForm String title, @RestForm String summary, @RestForm String cases) {
        Map<String, String> typed = Forms.typed("title", title, "summary", summary, "cases", cases);
        List<String> caseNumbers = cases == null ? List.of()
                : Arrays.stream(cases.split("[,，、\\s]+")).map(String::strip).filter(c -> !c.isEmpty()).toList();
        return publish(typed, () -> cityReports.publishSpecial(new CityReportsApi.SpecialReport(Forms.blankToNull(title),
                Forms.blankToNull(summary), caseNumbers)));
    }

    @GET
    @Path("/{id}")
    public TemplateInstance report(@PathParam("id") UUID id, @QueryParam("published") boolean published) {
        CityReportsApi.CityReport report = cityReports.cityReport(id);
        return Templates.report(PageContext.of(report.title(), viewer.get(), "/app/reports"), report, published);
    }

    @GET
    @Path("/{id}/document")
    @Produces(MediaType.WILDCARD)
    public Response document(@PathParam("id") UUID id) {
        return Downloads.passThrough(cityReports.cityReportDocument(id));
    }

    private Response publish(Map<String, String> typed, Supplier<Response> call) {
        return Forms.afterCreate(call, created -> "/app/reports/" + created.path("id").asText() + "?published=true",
                errors -> list(typed, errors));
    }

    private TemplateInstance list(Map<String, String> typed, Map<String, String> errors) {
        return Templates.reports(PageContext.of("向市政府报告", viewer.get(), "/app/reports"), cityReports.cityReports(50).items(),
                typed, errors, FIELD_LABELS);
    }
}
