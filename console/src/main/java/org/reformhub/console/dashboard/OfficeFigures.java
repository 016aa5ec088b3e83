package org.reformhub.console.dashboard;

import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.cache.CacheResult;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import org.reformhub.console.backend.AppealsApi;
import org.reformhub.console.backend.ProgressApi;

/**
 * The figures of a programme's dashboard, gathered from progress reporting and the appeals service and kept for
 * fifteen seconds (quarkus-cache): a dashboard is opened by many people of the office at once, and the five calls
 * behind it cost more than the page itself. They are the same for everyone the services show them to (the office:
 * the page asks for that role, as the services do), so one copy serves them; the page says how old they are.
 */
@ApplicationScoped
public class OfficeFigures {

    @Inject
    @RestClient
    ProgressApi progress;

    @Inject
    @RestClient
    AppealsApi appeals;

    public record Figures(ProgressApi.Dashboard dashboard, List<ProgressApi.Scorecard> departments,
                          List<ProgressApi.Period> trend, AppealsApi.Assessment assessment, long appealsOverdue,
                          java.time.Instant gatheredAt) {
    }

    @CacheResult(cacheName = "office-figures")
    public Figures of(String programme) {
        List<ProgressApi.Scorecard> departments = progress.departments(programme).items().stream()
                .sorted(Comparator.comparing((ProgressApi.Scorecard s) -> s.completionRate() == null ? -1 : s.completionRate())
                        .reversed())
                .toList();
        List<ProgressApi.Period> trend = progress.trend(programme).periods();
        return new Figures(progress.dashboard(programme), departments,
                List.copyOf(trend.subList(Math.max(0, trend.size() - 12), trend.size())), appeals.assessment(),
                appeals.search(null, null, null, null, null, null, true, null, 0, 1).total(), java.time.Instant.now());
    }
}
