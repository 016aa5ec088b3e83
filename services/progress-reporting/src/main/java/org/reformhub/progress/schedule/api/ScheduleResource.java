package org.reformhub.progress.schedule.api;

import java.time.YearMonth;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import org.reformhub.kernel.security.Roles;
import org.reformhub.progress.schedule.application.DailyScan;
import org.reformhub.progress.schedule.application.ManageSchedules;
import org.reformhub.progress.schedule.domain.Frequency;
import org.reformhub.progress.schedule.domain.ReportingSchedule;
import org.reformhub.kernel.city.ProgrammeCode;
import org.reformhub.kernel.city.CityTime;

/** A programme's reporting schedule (报送制度): read by everyone who reports, set by supervisors. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScheduleResource {

    public record ScheduleRequest(@NotNull Frequency frequency, @NotNull Frequency ongoingFrequency,
                                  @NotNull @Min(1) @Max(31) Integer dueDay,
                                  @NotNull @Pattern(regexp = "20\\d\\d-(0[1-9]|1[0-2])", message = "{reformhub.year-month}") String firstMonth) {
    }

    public record ScheduleResponse(String programme, Frequency frequency, Frequency ongoingFrequency, int dueDay,
                                   String firstMonth, long version) {
        static ScheduleResponse of(ReportingSchedule s) {
            return new ScheduleResponse(s.programme(), s.frequency(), s.ongoingFrequency(), s.dueDay(),
                    s.firstMonth().toString(), s.version());
        }
    }

    private final ManageSchedules schedules;
    private final DailyScan dailyScan;

    public ScheduleResource(ManageSchedules schedules, DailyScan dailyScan) {
        this.schedules = schedules;
        this.dailyScan = dailyScan;
    }

    @Operation(operationId = "getSchedule", summary = "读取报送安排 / Read a programme's reporting schedule")
    @GET
    @Path("schedules/{programme}")
    @RolesAllowed({Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.ADMIN})
    public ScheduleResponse get(@PathParam("programme") @Pattern(regexp = ProgrammeCode.PATTERN) String programme) {
        return ScheduleResponse.of(schedules.of(programme));
    }

    @Operation(operationId = "putSchedule", summary = "设置报送安排 / Set a programme's reporting schedule")
    @PUT
    @Path("schedules/{programme}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public ScheduleResponse put(@PathParam("programme") @Pattern(regexp = ProgrammeCode.PATTERN) String programme,
                                @NotNull @Valid ScheduleRequest request) {
        return ScheduleResponse.of(schedules.change(programme, request.frequency(), request.ongoingFrequency(),
                request.dueDay(), YearMonth.parse(request.firstMonth())));
    }

    /**
     * Runs today's scan now (obligations, 催报 and overdue announcements), e.g. after changing a schedule; for
     * operators (admin).
     * Safe to repeat: nothing is announced twice.
     */
    @Operation(operationId = "runDailyScan",
            summary = "立即执行每日检查（到期、缺报、超期） / Run the daily scan now (due, missing, overdue)")
    @POST
    @Path("admin/daily-scan")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.ADMIN)
    public DailyScan.Result scan() {
        return dailyScan.run(CityTime.today(), true);
    }
}
