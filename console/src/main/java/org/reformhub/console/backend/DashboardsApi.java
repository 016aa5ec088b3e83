package org.reformhub.console.backend;

import java.time.LocalDate;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** Progress reporting's dashboards as the console calls them, with the person's own token: a programme's figures, its measures' health, the reporting trend, the units' scorecards, what is owed, and the task table with today's status. */
@RegisterRestClient(configKey = "progress")
@RegisterClientHeaders(ViewerToken.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface DashboardsApi {

    @GET
    @Path("/programmes/{programme}/dashboard")
    Dashboard dashboard(@PathParam("programme") String programme);

    /** Reports due, on time, late and missing per period: the reporting trend. */
    @GET
    @Path("/programmes/{programme}/trend")
    Trend trend(@PathParam("programme") String programme);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Trend(List<Period> periods) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Period(String period, LocalDate dueDate, int due, int onTime, int late, int missing, Double onTimeRate) {
        /** The on-time share for a bar's width (0–100). */
        public long percent() {
            return onTimeRate == null ? 0 : Math.round(onTimeRate);
        }
    }

    /** A programme's measures with status and health, filtered, ordered and paged by the service. */
    @GET
    @Path("/programmes/{programme}/measures")
    ProgressApi.Listing<MeasureLine> lines(@PathParam("programme") String programme, @QueryParam("status") String status,
                               @QueryParam("health") String health, @QueryParam("deadline") String deadline,
                               @QueryParam("domain") String domain, @QueryParam("lead") String lead,
                               @QueryParam("q") String text, @QueryParam("sort") String sort,
                               @QueryParam("offset") int offset, @QueryParam("limit") int limit);

    /** The official task table with today's status, as the office files it (.docx or .xlsx). */
    @GET
    @Path("/exports/{programme}/task-table.{format}")
    @Produces(MediaType.WILDCARD)
    Response taskTable(@PathParam("programme") String programme, @PathParam("format") String format);

    /** 催报: the periods that fell due without a report; a department sees its own. */
    @GET
    @Path("/programmes/{programme}/missing-reports")
    ProgressApi.Listing<Obligation> missingReports(@PathParam("programme") String programme, @QueryParam("dept") String dept,
                                       @QueryParam("limit") int limit);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Obligation(String programme, String code, String dept, String period, LocalDate dueDate) {
    }

    @GET
    @Path("/programmes/{programme}/departments")
    ProgressApi.Listing<Scorecard> departments(@PathParam("programme") String programme);

    /** A programme's figures: all measures, per domain, and the lists that need attention. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Dashboard(String programme, LocalDate asOf, Tally total, java.util.Map<String, Tally> byDomain,
                     List<Line> overdue, List<Line> dueSoon, KpiTargets kpiTargets) {
    }

    /** The programme's KPI targets: how many, how many reported in an approved status, how many met. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record KpiTargets(int targets, int reported, int met) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Tally(int measures, java.util.Map<String, Integer> byStatus, java.util.Map<String, Integer> byHealth, int overdue,
                 Double completedPercent) {
        public int status(String status) {
            return byStatus == null ? 0 : byStatus.getOrDefault(status, 0);
        }

        /** The share of measures in a status, for a bar's width (0–100). */
        public long percent(String status) {
            return measures == 0 ? 0 : Math.round(100.0 * status(status) / measures);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record MeasureLine(String programme, String code, String title, String domain, List<String> leadUnits,
                       LocalDate deadline, Long daysToDeadline, String status, String health, List<HealthReason> reasons) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record HealthReason(String rule, String health, String text) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Line(String programme, String code, String title, List<String> leadUnits, LocalDate deadline) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Scorecard(String dept, int measuresLed, int measuresCoOwned, int reportsMissing, Double onTimeRate,
                     int overdueLed, int completedLed, Double completionRate, int timesReturned) {
    }
}
