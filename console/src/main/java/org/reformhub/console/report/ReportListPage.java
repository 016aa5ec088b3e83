package org.reformhub.console.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import org.reformhub.console.backend.ProgressApi;
import org.reformhub.console.backend.ReferenceData;
import org.reformhub.console.backend.RegistryApi;
import org.reformhub.console.shell.CityDates;
import org.reformhub.console.shell.CurrentViewer;
import org.reformhub.console.shell.ListView;
import org.reformhub.console.shell.ListWorkbook;
import org.reformhub.console.shell.PageContext;
import org.reformhub.console.shell.Viewer;
import org.reformhub.console.shell.Words;
import org.reformhub.kernel.city.DepartmentCode;
import org.reformhub.kernel.city.ProgrammeCode;

/**
 * {@code /app/progress-reports}: the progress reports searched and paged — the office's across every unit, a unit's
 * its own — by programme, unit, state, kind, period, words (a measure's code, its title, what the report says) and
 * submission dates, in the URL; the same view exports as .xlsx. Progress reporting does the searching.
 */
@Path("/app")
@Produces(MediaType.TEXT_HTML)
public class ReportListPage {

    static final List<String> STATUSES = List.of("DRAFT", "SUBMITTED", "APPROVED", "RETURNED");
    static final List<String> KINDS = List.of("CONSOLIDATED", "CONTRIBUTION");

    @CheckedTemplate(basePath = "ReportListPage")
    static class Templates {
        static native TemplateInstance reports(PageContext page, ListView view, List<ProgressApi.Report> reports,
                                               boolean office, List<RegistryApi.Programme> programmes,
                                               List<RegistryApi.Department> units, List<String> statuses, List<String> kinds);
    }

    /** The filters, as the URL carries them; what the list does not know is dropped. */
    public static class Filters {
        @QueryParam("programme") String programme;
        @QueryParam("dept") String dept;
        @QueryParam("status") String status;
        @QueryParam("kind") String kind;
        @QueryParam("period") String period;
        @QueryParam("q") String text;
        @QueryParam("submittedFrom") String submittedFrom;
        @QueryParam("submittedTo") String submittedTo;
        @QueryParam("page") String page;

        ListView view(boolean office) {
            Map<String, String> kept = new LinkedHashMap<>();
            kept.put("q", ListView.words(text, 100));
            kept.put("programme", ListView.code(programme, ProgrammeCode.PATTERN));
            if (office) {
                kept.put("dept", ListView.code(dept, DepartmentCode.PATTERN));
            }
            kept.put("status", ListView.oneOf(status, STATUSES));
            kept.put("kind", ListView.oneOf(kind, KINDS));
            kept.put("period", ListView.code(period, "\\d{4}-(0[1-9]|1[0-2]|Q[1-4])"));
            kept.put("submittedFrom", ListView.date(submittedFrom));
            kept.put("submittedTo", ListView.date(submittedTo));
            return ListView.of("/app/progress-reports", kept, "-updatedAt", ListView.pageAsked(page));
        }
    }

    private final ReferenceData reference;
    private final CurrentViewer viewer;
    private final ProgressApi progress;
    private final RegistryApi registry;

    ReportListPage(ReferenceData reference, CurrentViewer viewer, @RestClient ProgressApi progress,
                   @RestClient RegistryApi registry) {
        this.reference = reference;
        this.viewer = viewer;
        this.progress = progress;
        this.registry = registry;
    }

    @GET
    @Path("/progress-reports")
    @RolesAllowed({Viewer.DEPARTMENT, Viewer.SUPERVISOR, Viewer.ADMIN})
    public TemplateInstance reports(@BeanParam Filters filters) {
        Viewer who = viewer.get();
        boolean office = !who.isDepartment();
        ListView view = filters.view(office);
        ProgressApi.Listing<ProgressApi.Report> found = search(view, who, view.page() - 1, view.size());
        return Templates.reports(PageContext.of(office ? "进展报告" : "本单位报告", who, "/app/progress-reports"),
                view.withTotal(found.total()), found.items(), office, registry.programmes().items(), reference.departments(),
                STATUSES, KINDS);
    }

    @GET
    @Path("/progress-reports.xlsx")
    @Produces(ListWorkbook.MEDIA_TYPE)
    @RolesAllowed({Viewer.DEPARTMENT, Viewer.SUPERVISOR, Viewer.ADMIN})
    public Response export(@BeanParam Filters filters) {
        Viewer who = viewer.get();
        ListView view = filters.view(!who.isDepartment());
        return ListWorkbook.download("进展报告", List.of("改革任务", "举措编号", "单位", "类型", "报告期", "报告状态", "工作状态",
                "提交时间", "进展情况"), ListWorkbook.rows(page -> search(view, who, page, ListWorkbook.PAGE).items(),
                r -> List.of(r.programme(), r.code(), r.dept(), r.consolidated() ? "汇总报告" : "配合单位报告", r.period(),
                        Words.reportStatus(r.status()), Words.measureStatus(r.claimedStatus()),
                        r.submittedAt() == null ? "" : CityDates.cityTime(r.submittedAt()), r.narrative())));
    }

    private ProgressApi.Listing<ProgressApi.Report> search(ListView view, Viewer who, int page, int size) {
        String dept = who.isDepartment() ? who.dept() : view.filterOrNull("dept");
        return progress.searchReports(dept, view.filterOrNull("programme"), view.filterOrNull("status"),
                view.filterOrNull("kind"), view.filterOrNull("period"), view.filterOrNull("q"),
                view.filterOrNull("submittedFrom"), view.filterOrNull("submittedTo"), page, size);
    }
}
