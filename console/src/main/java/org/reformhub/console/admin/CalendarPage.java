package org.reformhub.console.admin;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

import org.reformhub.console.backend.AppealReferenceApi;
import org.reformhub.console.shell.CurrentViewer;
import org.reformhub.console.shell.Forms;
import org.reformhub.console.shell.PageContext;
import org.reformhub.console.shell.Viewer;
import org.reformhub.kernel.city.CityTime;

/**
 * {@code /app/admin/calendar}: the year's days off and adjusted working days (调休), as the State Council's notice
 * lists them, one per line ({@code 2027-02-07 班 春节}). Working-day time limits of every case count with them.
 */
@Path("/app/admin/calendar")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Viewer.ADMIN)
public class CalendarPage {

    @CheckedTemplate(basePath = "CalendarPage")
    static class Templates {
        static native TemplateInstance calendar(PageContext page, int year, AppealReferenceApi.Year listed, String lines,
                                                Map<String, String> errors, boolean saved);
    }

    private final CurrentViewer viewer;
    private final AppealReferenceApi appealReference;

    CalendarPage(CurrentViewer viewer, @RestClient AppealReferenceApi appealReference) {
        this.viewer = viewer;
        this.appealReference = appealReference;
    }

    @GET
    public TemplateInstance calendar(@QueryParam("year") String year, @QueryParam("saved") boolean saved) {
        int chosen = year(year);
        AppealReferenceApi.Year listed = appealReference.calendar(chosen);
        return page(chosen, listed, text(listed), Map.of(), saved);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestForm String year, @RestForm String days) {
        int chosen = year(year);
        CalendarLines read = CalendarLines.parse(chosen, days);
        List<AppealReferenceApi.Day> parsed = read.days();
        List<String> problems = read.problems();
        if (problems.isEmpty()) {
            return Forms.afterPost(() -> appealReference.loadCalendar(chosen, new AppealReferenceApi.YearDays(parsed)),
                    "/app/admin/calendar?year=" + chosen + "&saved=true", errors -> page(chosen, appealReference.calendar(chosen), days,
                            Map.of("days", errors.values().stream().collect(Collectors.joining("；"))), false));
        }
        return Forms.unprocessable(page(chosen, appealReference.calendar(chosen), days,
                Map.of("days", String.join("；", problems.subList(0, Math.min(10, problems.size())))), false));
    }

    private TemplateInstance page(int year, AppealReferenceApi.Year listed, String lines, Map<String, String> errors, boolean saved) {
        return Templates.calendar(PageContext.of("节假日与调休", viewer.get(), "/app/admin/calendar"), year, listed, lines,
                errors, saved);
    }

    private static String text(AppealReferenceApi.Year listed) {
        return CalendarLines.text(listed.days());
    }

    private static int year(String asked) {
        int thisYear = CityTime.today().getYear();
        try {
            int year = asked == null ? thisYear : Integer.parseInt(asked.strip());
            return year >= 2000 && year <= 2100 ? year : thisYear;
        } catch (NumberFormatException e) {
            return thisYear;
        }
    }
}
