package org.reformhub.console.dashboard;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import org.reformhub.console.backend.CityReportsApi;
import org.reformhub.console.backend.DashboardsApi;
import org.reformhub.console.backend.RegistryApi;
import org.reformhub.console.shell.Choice;
import org.reformhub.console.shell.CurrentViewer;
import org.reformhub.console.shell.PageContext;
import org.reformhub.console.shell.Viewer;

/**
 * {@code /app/dashboard}: one programme's figures for the office — status of all measures, completion per domain,
 * the departments side by side, and what is overdue or due soon, each measure linking to its page. Bars are drawn
 * with CSS and carry their numbers as text: readable without colour or script.
 */
@Path("/app/dashboard")
@Produces(MediaType.TEXT_HTML)
public class DashboardPage {

    @CheckedTemplate(basePath = "DashboardPage")
    static class Templates {
        static native TemplateInstance dashboard(PageContext page, List<RegistryApi.Programme> programmes, String programme,
                                                 DashboardsApi.Dashboard figures, List<DashboardsApi.Scorecard> departments,
                                                 List<Choice> statuses, List<DashboardsApi.Period> trend,
                                                 CityReportsApi.Assessment appeals, long appealsOverdue,
                                                 java.time.Instant gatheredAt);
    }

    private final CurrentViewer viewer;
    private final RegistryApi registry;
    private final OfficeFigures officeFigures;

    DashboardPage(CurrentViewer viewer, @RestClient RegistryApi registry, OfficeFigures officeFigures) {
        this.viewer = viewer;
        this.registry = registry;
        this.officeFigures = officeFigures;
    }

    @GET
    @RolesAllowed({Viewer.SUPERVISOR, Viewer.ADMIN})
    public TemplateInstance dashboard(@QueryParam("programme") @DefaultValue("") String programme) {
        // the registry's list as it is now: a programme imported a moment ago is one the office wants to look at
        List<RegistryApi.Programme> programmes = registry.programmes().items();
        String chosen = programmes.stream().map(RegistryApi.Programme::code).filter(programme::equals).findFirst()
                .orElse(programmes.isEmpty() ? null : programmes.get(0).code());
        if (chosen == null) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        OfficeFigures.Figures figures = officeFigures.of(chosen);
        return Templates.dashboard(PageContext.of("推进情况", viewer.get(), "/app/dashboard"), programmes, chosen,
                figures.dashboard(), figures.departments(), Choice.MEASURE_STATUSES, figures.trend(), figures.assessment(),
                figures.appealsOverdue(), figures.gatheredAt());
    }
}
