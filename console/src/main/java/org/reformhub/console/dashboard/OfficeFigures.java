package org.reformhub.console.dashboard;

import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.cache.CacheResult;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import org.reformhub.console.backend.AppealsApi;
import org.reformhub.console.backend.CityReportsApi;
import org.reformhub.console.backend.ProgressApi;
import org.reformhub.console.backend.DashboardsApi;

/**
 * The figures of a programme's dashboard, gathered from progress reporting and the appeals service and kept for
 * fifteen seconds (quarkus-cache): a dashboard is opened by many people of the office at once, and the five calls
 * behind it cost more than the page itself. They are the same for everyone the services show them to (the office:
 * the page asks for that role, as the services do), so one copy serves them; the page says how old they are.
 */
@ApplicationScoped
public class OfficeFigures {

    private final ProgressApi progress;
    private final DashboardsApi dashboards;
    private final AppealsApi appeals;
    private final CityReportsApi cityReports;

    OfficeFigures(@RestClient ProgressApi progress, @RestClient DashboardsApi dashboards,
                  @RestClient AppealsApi appeals, @RestClient CityReportsApi cityReports) {
        this.progress = progress;
        this.dashboards = dashboards;
        this.appeals = appeals;
        this.cityReports = cityReports;
    }

    public record Figures(DashboardsApi.Dashboard dashboard, List<DashboardsApi.Scorecard> departments,
                          List<DashboardsApi.Period> trend, CityReportsApi.Assessment assessment, long appealsOverdue,
                          java.time.Instant gatheredAt) {
    }

    @CacheResult(cacheName = "office-figures")
    public Figures of(String programme) {
        List<DashboardsApi.Scorecard> departments = dashboards.departments(programme).items().stream()
                .sorted(Comparator.comparing((DashboardsApi.Scorecard s) -> s.completionRate() == null ? -1 : s.completionRate())
                        .reversed())
                .toList();
        List<DashboardsApi.Period> trend = dashboards.trend(programme).periods();
        return new Figures(dashboards.dashboard(programme), departments,
                List.copyOf(trend.subList(Math.max(0, trend.size() - 12), trend.size())), cityReports.assessment(),
                appeals.search(null, null, null, null, null, null, true, null, 0, 1).total(), java.time.Instant.now());
    }
}
