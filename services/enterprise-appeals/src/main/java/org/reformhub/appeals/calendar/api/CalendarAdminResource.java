package org.reformhub.appeals.calendar.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import org.reformhub.kernel.security.Roles;
import org.reformhub.appeals.calendar.application.ManageCalendar;
import org.reformhub.appeals.calendar.domain.CalendarDay;

/** Admins load a year's holiday notice (it appears each November for the next year) or correct one. */
@Path("/admin/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CalendarAdminResource {

    private final ManageCalendar calendar;

    public CalendarAdminResource(ManageCalendar calendar) {
        this.calendar = calendar;
    }

    /** Replaces the year's listed days (days off and adjusted working days) with the notice's. */
    @Operation(operationId = "setCalendarYear",
            summary = "设置一年的工作日历（节假日与调休） / Set a year's working calendar (holidays and weekend workdays)")
    @PUT
    @Path("/{year}")
    @RolesAllowed(Roles.ADMIN)
    public CalendarResource.YearResponse load(@PathParam("year") @Min(2000) @Max(2100) int year,
                                              @NotNull @Valid CalendarResource.YearRequest request) {
        calendar.replaceYear(year, request.days().stream().map(d -> new CalendarDay(d.day(), d.kind(), d.holiday())).toList());
        return CalendarResource.YearResponse.of(year, calendar);
    }
}
