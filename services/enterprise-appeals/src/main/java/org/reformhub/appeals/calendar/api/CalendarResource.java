package org.reformhub.appeals.calendar.api;


import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import org.reformhub.kernel.problem.Problem;
import org.reformhub.kernel.problem.rest.ProblemException;
import org.reformhub.appeals.calendar.application.ManageCalendar;
import org.reformhub.appeals.calendar.domain.WorkingCalendar;

import static org.reformhub.appeals.AppealTexts.text;

/**
 * The working-day calendar (节假日安排): a year's days off and adjusted working days, as the State Council's
 * notice lists them. Public to read; admins load next year's notice each November at {@code /admin/calendar}.
 */
@Path("/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CalendarResource {

    public record DayRequest(@NotNull LocalDate day, @NotNull WorkingCalendar.Kind kind, @NotBlank @Size(max = 20) String holiday) {
    }

    public record YearRequest(@NotNull @Size(max = 120) List<@NotNull @Valid DayRequest> days) {
    }

    public record YearResponse(int year, boolean loaded, List<DayRequest> days) {
        static YearResponse of(int year, ManageCalendar calendar) {
            return new YearResponse(year, calendar.loaded(year),
                    calendar.year(year).stream().map(d -> new DayRequest(d.day(), d.kind(), d.holiday())).toList());
        }
    }

    public record DueDate(LocalDate from, int workingDays, LocalDate due) {
    }

    private final ManageCalendar calendar;

    public CalendarResource(ManageCalendar calendar) {
        this.calendar = calendar;
    }

    @Operation(operationId = "getCalendarYear", summary = "读取一年的工作日历 / Read a year's working calendar")
    @GET
    @Path("/{year}")
    @PermitAll
    public YearResponse year(@PathParam("year") @Min(2000) @Max(2100) int year) {
        return YearResponse.of(year, calendar);
    }

    /** The date a time limit of {@code days} working days counted from {@code from} ends (from itself not counted). */
    @Operation(operationId = "computeDueDate", summary = "按工作日计算到期日 / Compute a due date in working days")
    @GET
    @Path("/due-date")
    @PermitAll
    public DueDate dueDate(@QueryParam("from") @NotNull LocalDate from, @QueryParam("days") @Min(1) @Max(250) int days) {
        return new DueDate(from, days, calendar.calendar().addWorkingDays(from, days).orElseThrow(() ->
                ProblemException.unprocessable(text("calendar.missing-title"), text("calendar.missing"),
                        List.of(new Problem.FieldError("from", text("calendar.missing-field"))))));
    }
}
