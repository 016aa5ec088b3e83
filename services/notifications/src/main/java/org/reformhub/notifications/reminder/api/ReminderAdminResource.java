package org.reformhub.notifications.reminder.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import org.reformhub.kernel.problem.rest.ProblemException;
import org.reformhub.kernel.security.Roles;
import org.reformhub.notifications.reminder.application.RunReminders;

import static org.reformhub.notifications.NotificationTexts.text;

/** The reminder run on demand, for a given day (operators after an outage; tests). Nothing is reminded twice. */
@Path("/admin/reminders")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class ReminderAdminResource {

    private final RunReminders reminders;

    public ReminderAdminResource(RunReminders reminders) {
        this.reminders = reminders;
    }

    @Operation(operationId = "runReminders", summary = "立即执行一次提醒检查 / Run the reminders now")
    @POST
    @Path("/run")
    @Consumes(MediaType.WILDCARD)
    public RunReminders.Result run(@QueryParam("date") @NotNull @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}") String date) {
        try {
            return reminders.run(LocalDate.parse(date), true);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(text("reminder.not-a-date", date), List.of());
        }
    }
}
