package org.reformhub.progress.dashboard.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import org.reformhub.kernel.api.Page;
import org.reformhub.kernel.api.PageRequest;
import org.reformhub.kernel.security.CurrentCaller;
import org.reformhub.kernel.security.Roles;
import org.reformhub.progress.dashboard.application.Dashboards;
import org.reformhub.progress.dashboard.application.LineFilter;
import org.reformhub.progress.dashboard.application.MeasureLine;
import org.reformhub.progress.measure.domain.DeadlineState;
import org.reformhub.progress.measure.domain.Health;
import org.reformhub.progress.measure.domain.MeasureStatus;
import org.reformhub.progress.schedule.application.ManageSchedules;
import org.reformhub.progress.schedule.domain.Obligation;
import org.reformhub.kernel.city.DepartmentCode;
import org.reformhub.kernel.city.ProgrammeCode;
import org.reformhub.kernel.city.CityTime;

/**
 * The supervision office's views of a programme: the dashboard (by list, domain, status, health; overdue,
 * due-soon and flagged measures with their reasons), the department ranking and scorecards, the trend over
 * periods and the 催报 list. A department reads the programme's views and its own scorecard and 催报 lines.
 */
@Path("/programmes/{programme}")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

    private static final String PROGRAMME = ProgrammeCode.PATTERN;

    private final Dashboards dashboards;
    private final ManageSchedules schedules;
    private final CurrentCaller currentCaller;

    public DashboardResource(Dashboards dashboards, ManageSchedules schedules, CurrentCaller currentCaller) {
        this.dashboards = dashboards;
        this.schedules = schedules;
        this.currentCaller = currentCaller;
    }

    @Operation(operationId = "getDashboard", summary = "批次总览 / Read a programme's dashboard")
    @GET
    @Path("dashboard")
    @RolesAllowed({Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.ADMIN})
    public Dashboards.ProgrammeDashboard dashboard(@PathParam("programme") @Pattern(regexp = PROGRAMME) String programme) {
        return dashboards.programme(programme);
    }

    /**
     * All measures with their derived state, filtered by health, deadline state, status, domain, lead unit and words
     * in the code or title; nearest deadline first or by code (the dashboard lists show the first 50).
     */
    @Operation(operationId = "listDashboardMeasures",
            summary = "批次的改革举措及状态 / List a programme's measures with their status")
    @GET
    @Path("measures")
    @RolesAllowed({Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.ADMIN})
    public Page<MeasureLine> measures(@PathParam("programme") @Pattern(regexp = PROGRAMME) String programme,
                                                 @QueryParam("health") @Pattern(regexp = "ON_TRACK|AT_RISK|OFF_TRACK") String health,
                                                 @QueryParam("deadline") @Pattern(regexp = "COMPLETED|ONGOING|NOT_DUE|DUE_SOON|OVERDUE|UNKNOWN") String deadline,
                                                 @QueryParam("status") @Pattern(regexp = "NOT_STARTED|IN_PROGRESS|COMPLETED|ONGOING") String status,
                                                 @QueryParam("domain") @Size(min = 1, max = 100) String domain,
                                                 @QueryParam("lead") @Size(min = 1, max = 50) String lead,
                                                 @QueryParam("q") @Size(min = 1, max = 100) String text,
                                                 @QueryParam("sort") @DefaultValue("deadline") @Pattern(regexp = "deadline|code") String sort,
                                                 @QueryParam("page") @Min(0) @Max(10000) Integer page,
                                                 @QueryParam("size") @Min(1) @Max(1000) Integer size,
                                                 @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(deprecated = true,
                                                         description = "旧参数，请用 page / former paging, use page")
                                                 @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(100000) int offset,
                                                 @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(deprecated = true,
                                                         description = "旧名称，即 size / the former name of size")
                                                 @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        int pageSize = size != null ? size : limit;
        int first = page != null ? page * pageSize : offset;
        // as text with a pattern, so that a bad value is a 400 naming it (an enum parameter would be JAX-RS's 404)
        return dashboards.lines(programme, new LineFilter(health == null ? null : Health.valueOf(health),
                deadline == null ? null : DeadlineState.valueOf(deadline), status == null ? null : MeasureStatus.valueOf(status),
                domain, lead,
                text == null || text.isBlank() ? null : text.strip()), "code".equals(sort), first, pageSize)
                .paged(first / pageSize, pageSize);
    }

    @Operation(operationId = "rankDepartments", summary = "部门排名 / Rank the departments")
    @GET
    @Path("departments")
    @RolesAllowed({Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.ADMIN})
    public Page<Dashboards.Scorecard> ranking(@PathParam("programme") @Pattern(regexp = PROGRAMME) String programme) {
        return Page.of(dashboards.ranking(programme));
    }

    @Operation(operationId = "getDepartmentScorecard", summary = "部门成绩单 / Read a department's scorecard")
    @GET
    @Path("departments/{dept}/scorecard")
    @RolesAllowed({Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.ADMIN})
    public Dashboards.Scorecard scorecard(@PathParam("programme") @Pattern(regexp = PROGRAMME) String programme,
                                          @PathParam("dept") @Pattern(regexp = DepartmentCode.PATTERN) String dept) {
        currentCaller.requireDepartment(dept);
        return dashboards.scorecard(programme, dept);
    }

    @Operation(operationId = "getTrend", summary = "进展趋势 / Read the progress trend")
    @GET
    @Path("trend")
    @RolesAllowed({Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.ADMIN})
    public Dashboards.Trend trend(@PathParam("programme") @Pattern(regexp = PROGRAMME) String programme) {
        return dashboards.trend(programme);
    }

    /** 催报: who has not reported for a period that fell due; a department sees its own lines. */
    @Operation(operationId = "listMissingReports", summary = "缺报情况 / List the missing reports")
    @GET
    @Path("missing-reports")
    @RolesAllowed({Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.ADMIN})
    public Page<Obligation> missing(@PathParam("programme") @Pattern(regexp = PROGRAMME) String programme,
                                    @QueryParam("period") @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2]|Q[1-4])") String period,
                                    @QueryParam("dept") @Size(max = 50) String dept,
            @QueryParam("page") @Min(0) @Max(10000) Integer page,
            @QueryParam("size") @Min(1) @Max(5000) Integer size,
            @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(deprecated = true,
                    description = "旧名称，即第 0 页的 size / the former name of size, for page 0")
            @QueryParam("limit") @Min(1) @Max(5000) Integer limit) {
        String scope = currentCaller.departmentScope(dept).orElse(null);
        return schedules.missing(programme, period, scope, CityTime.today(), PageRequest.of(page, size, limit, 500));
    }
}
