package org.reformhub.console.home;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import org.reformhub.console.appeal.AppealSla;
import org.reformhub.console.backend.AppealsApi;
import org.reformhub.console.backend.NotificationsApi;
import org.reformhub.console.backend.ProgressApi;
import org.reformhub.console.shell.CurrentViewer;
import org.reformhub.console.shell.PageContext;
import org.reformhub.console.shell.Viewer;
import org.reformhub.kernel.city.CityTime;

/** {@code /app/}: each role's home, with what needs the person now and how much of it there is. */
@Path("/app/")
public class HomePage {

    @CheckedTemplate(basePath = "HomePage")
    static class Templates {
        static native TemplateInstance home(PageContext page, long unread, long open, long overdue,
                                            List<AppealsApi.AppealSummary> dueSoon, long reportsToHandle);
    }

    private final CurrentViewer viewer;
    private final AppealsApi appeals;
    private final NotificationsApi notifications;
    private final ProgressApi progress;

    HomePage(CurrentViewer viewer, @RestClient AppealsApi appeals, @RestClient NotificationsApi notifications,
             @RestClient ProgressApi progress) {
        this.viewer = viewer;
        this.appeals = appeals;
        this.notifications = notifications;
        this.progress = progress;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Viewer.ENTERPRISE, Viewer.DEPARTMENT, Viewer.SUPERVISOR, Viewer.DISTRICT, Viewer.ADMIN})
    public TemplateInstance home() {
        Viewer who = viewer.get();
        // counted by the service; the nearest limits listed (the rest are one click away, filtered): the cases still
        // waiting, nearest limit first, give both the open count (their total) and the list
        AppealsApi.Listing<AppealsApi.AppealSummary> waiting = appeals.search(null, null, null, null, null, true, null,
                "dueDate", 0, 20);
        long open = waiting.total();
        long overdue = appeals.search(null, null, null, null, null, true, true, null, 0, 1).total();
        java.time.LocalDate today = CityTime.today();
        List<AppealsApi.AppealSummary> dueSoon = waiting.items().stream().filter(a -> {
            AppealSla.Standing standing = AppealSla.of(a, today);
            return standing == AppealSla.Standing.OVERDUE || standing == AppealSla.Standing.DUE_SOON;
        }).toList();
        // a unit's returned reports to fix; the office's reports waiting for review
        long reports = who.isDepartment() ? progress.reports(who.dept(), "RETURNED", 500).items().size()
                : who.isSupervisor() ? progress.reports(null, "SUBMITTED", 500).items().size() : 0;
        return Templates.home(PageContext.of("首页", who, "/app/"), notifications.unreadCount().unread(), open, overdue,
                dueSoon, reports);
    }
}
