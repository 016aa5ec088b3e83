package org.reformhub.console.measure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import org.reformhub.console.backend.Downloads;
import org.reformhub.console.backend.ProgressApi;
import org.reformhub.console.backend.DashboardsApi;
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
 * The office's view of the programmes ({@code /app/programmes}: each with its figures and the official table to
 * download) and of their measures ({@code /app/measures}: filtered by programme, domain, lead unit, status, health and
 * deadline, in the URL, paged and exported by the same filters). Status and health are progress reporting's.
 */
@Path("/app")
@Produces(MediaType.TEXT_HTML)
public class MeasureListPage {

    static final List<String> STATUSES = List.of("NOT_STARTED", "IN_PROGRESS", "COMPLETED", "ONGOING");
    static final List<String> HEALTHS = List.of("ON_TRACK", "AT_RISK", "OFF_TRACK");
    static final List<String> DEADLINES = List.of("OVERDUE", "DUE_SOON", "NOT_DUE", "ONGOING", "COMPLETED");
    static final List<String> SORTS = List.of("deadline", "code");

    @CheckedTemplate(basePath = "MeasureListPage")
    static class Templates {
        static native TemplateInstance programmes(PageContext page, List<ProgrammeFigures> programmes);

        static native TemplateInstance measures(PageContext page, ListView view, List<DashboardsApi.MeasureLine> measures,
                                                List<RegistryApi.Programme> programmes, List<String> domains,
                                                List<RegistryApi.Department> units, List<String> statuses,
                                                List<String> healths, List<String> deadlines);
    }

    /** A programme with its measures' figures (absent when progress has not seen it yet). */
    public record ProgrammeFigures(RegistryApi.Programme programme, DashboardsApi.Tally total) {
    }

    public static class Filters {
        @QueryParam("programme") String programme;
        @QueryParam("q") String text;
        @QueryParam("domain") String domain;
        @QueryParam("lead") String lead;
        @QueryParam("status") String status;
        @QueryParam("health") String health;
        @QueryParam("deadline") String deadline;
        @QueryParam("sort") String sort;
        @QueryParam("page") String page;

        ListView view(String chosenProgramme) {
            Map<String, String> kept = new LinkedHashMap<>();
            kept.put("programme", chosenProgramme);
            kept.put("q", ListView.words(text, 100));
            kept.put("domain", ListView.words(domain, 100));
            kept.put("lead", ListView.code(lead, DepartmentCode.PATTERN));
            kept.put("status", ListView.oneOf(status, STATUSES));
            kept.put("health", ListView.oneOf(health, HEALTHS));
            kept.put("deadline", ListView.oneOf(deadline, DEADLINES));
            return ListView.of("/app/measures", kept, ListView.sort(sort, SORTS, "deadline"), ListView.pageAsked(page));
        }
    }

    private final ReferenceData reference;
    private final CurrentViewer viewer;
    private final RegistryApi registry;
    private final ProgressApi progress;
    private final DashboardsApi dashboards;

    MeasureListPage(ReferenceData reference, CurrentViewer viewer, @RestClient RegistryApi registry,
                    @RestClient ProgressApi progress, @RestClient DashboardsApi dashboards) {
        this.reference = reference;
        this.viewer = viewer;
        this.registry = registry;
        this.progress = progress;
        this.dashboards = dashboards;
    }

    @GET
    @Path("/programmes")
    @RolesAllowed({Viewer.SUPERVISOR, Viewer.ADMIN})
    public TemplateInstance programmes() {
        List<ProgrammeFigures> figures = new ArrayList<>();
        for (RegistryApi.Programme p : registry.programmes().items()) {
            DashboardsApi.Tally total;
            try {
                total = dashboards.dashboard(p.code()).total();
            } catch (jakarta.ws.rs.WebApplicationException notYetTracked) {
                total = null;
            }
            figures.add(new ProgrammeFigures(p, total));
        }
        return Templates.programmes(PageContext.of("改革任务", viewer.get(), "/app/programmes"), figures);
    }

    /** The official table regenerated with today's status, passed through from progress reporting. */
    @GET
    @Path("/programmes/{programme}/task-table.{format:docx|xlsx}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Viewer.SUPERVISOR, Viewer.ADMIN})
    public Response taskTable(@PathParam("programme") String programme, @PathParam("format") String format) {
        if (!ProgrammeCode.valid(programme)) {
            throw new NotFoundException();
        }
        return Downloads.passThrough(dashboards.taskTable(programme, format));
    }

    @GET
    @Path("/measures")
    @RolesAllowed({Viewer.SUPERVISOR, Viewer.ADMIN})
    public TemplateInstance measures(@BeanParam Filters filters) {
        List<RegistryApi.Programme> programmes = registry.programmes().items();
        ListView asked = filters.view(chosen(programmes, filters.programme));
        String programme = asked.filter("programme");
        ProgressApi.Listing<DashboardsApi.MeasureLine> found = programme.isEmpty() ? new ProgressApi.Listing<>(List.of(), 0)
                : lines(asked, asked.offset(), asked.size());
        List<String> domains = programme.isEmpty() ? List.of()
                : dashboards.dashboard(programme).byDomain().keySet().stream().sorted().toList();
        List<RegistryApi.Department> units = reference.departments();
        return Templates.measures(PageContext.of("改革举措", viewer.get(), "/app/measures"), asked.withTotal(found.total()),
                found.items(), programmes, domains, units, STATUSES, HEALTHS, DEADLINES);
    }

    @GET
    @Path("/measures.xlsx")
    @Produces(ListWorkbook.MEDIA_TYPE)
    @RolesAllowed({Viewer.SUPERVISOR, Viewer.ADMIN})
    public Response export(@BeanParam Filters filters) {
        ListView view = filters.view(chosen(registry.programmes().items(), filters.programme));
        if (view.filter("programme").isEmpty()) {
            throw new NotFoundException();
        }
        List<List<String>> rows = new ArrayList<>();
        for (DashboardsApi.MeasureLine m : lines(view, 0, 1000).items()) {
            rows.add(List.of(m.code(), m.title(), m.domain() == null ? "" : m.domain(),
                    m.leadUnits() == null ? "" : String.join("、", m.leadUnits()), CityDates.cityDate(m.deadline()),
                    Words.measureStatus(m.status()), Words.health(m.health())));
        }
        return ListWorkbook.download("改革举措", List.of("编号", "改革举措", "领域", "牵头单位", "完成时限", "状态", "健康度"), rows);
    }

    private ProgressApi.Listing<DashboardsApi.MeasureLine> lines(ListView view, int offset, int limit) {
        return dashboards.lines(view.filter("programme"), view.filterOrNull("status"), view.filterOrNull("health"),
                view.filterOrNull("deadline"), view.filterOrNull("domain"), view.filterOrNull("lead"),
                view.filterOrNull("q"), view.sort(), offset, limit);
    }

    /** The programme asked for if it exists, else the first active one. */
    private static String chosen(List<RegistryApi.Programme> programmes, String asked) {
        return programmes.stream().map(RegistryApi.Programme::code).filter(c -> c.equals(asked)).findFirst()
                .orElse(programmes.stream().filter(p -> "ACTIVE".equals(p.status())).map(RegistryApi.Programme::code)
                        .findFirst().orElse(programmes.isEmpty() ? "" : programmes.get(0).code()));
    }
}
