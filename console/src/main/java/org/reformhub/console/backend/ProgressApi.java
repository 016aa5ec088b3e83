package org.reformhub.console.backend;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Progress reporting as the console calls it, with the person's own token: a unit's measures and reports, the
 * office's review queue. Changes to a report carry its version as {@code If-Match} (the service refuses a stale one).
 */
@RegisterRestClient(configKey = "progress")
@RegisterClientHeaders(ViewerToken.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface ProgressApi {

    @GET
    @Path("/measures")
    Listing<Measure> measures(@QueryParam("programme") String programme, @QueryParam("dept") String dept,
                              @QueryParam("limit") int limit);

    @GET
    @Path("/measures/{programme}/{code}")
    MeasureDetail measure(@PathParam("programme") String programme, @PathParam("code") String code);

    /** A measure's reports, newest period first; with {@code period}, that period's only (the lead's and its parts). */
    @GET
    @Path("/measures/{programme}/{code}/reports")
    Listing<Report> reportsOf(@PathParam("programme") String programme, @PathParam("code") String code,
                              @QueryParam("period") String period, @QueryParam("limit") int limit);

    @POST
    @Path("/measures/{programme}/{code}/reports")
    Response create(@PathParam("programme") String programme, @PathParam("code") String code,
                    @HeaderParam("Idempotency-Key") String idempotencyKey, NewReport report);

    /** The office's review queue (no dept: the reports waiting for review); a unit's own with {@code dept}. */
    @GET
    @Path("/reports")
    Listing<Report> reports(@QueryParam("dept") String dept, @QueryParam("status") String status,
                            @QueryParam("limit") int limit);

    /** Reports searched and paged: a unit's own, or (the office) any unit's; words match a code, a title or the text. */
    @GET
    @Path("/reports")
    Listing<Report> searchReports(@QueryParam("dept") String dept, @QueryParam("programme") String programme,
                                  @QueryParam("status") String status, @QueryParam("kind") String kind,
                                  @QueryParam("period") String period, @QueryParam("q") String words,
                                  @QueryParam("submittedFrom") String submittedFrom, @QueryParam("submittedTo") String submittedTo,
                                  @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/reports/{id}")
    Report report(@PathParam("id") UUID id);

    @PUT
    @Path("/reports/{id}")
    Response edit(@PathParam("id") UUID id, @HeaderParam("If-Match") String version, Content content);

    @POST
    @Path("/reports/{id}/submit")
    Response submit(@PathParam("id") UUID id, @HeaderParam("If-Match") String version);

    @POST
    @Path("/reports/{id}/approve")
    Response approve(@PathParam("id") UUID id, @HeaderParam("If-Match") String version);

    @POST
    @Path("/reports/{id}/return")
    Response returnReport(@PathParam("id") UUID id, @HeaderParam("If-Match") String version, Reason reason);

    /** 需协调事项: the unit it was addressed to answers it (n is 1-based). */
    @POST
    @Path("/reports/{id}/support/{n}/answer")
    Response answerSupport(@PathParam("id") UUID id, @PathParam("n") int n, Answer answer);

    /** An evidence file (佐证材料) for a draft or returned report; the service reads it through before storing it. */
    @POST
    @Path("/reports/{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    Response attach(@PathParam("id") UUID id, @QueryParam("name") String name,
                    @HeaderParam("Content-Type") String mediaType, byte[] content);

    @GET
    @Path("/reports/{id}/attachments")
    Listing<Attachment> attachments(@PathParam("id") UUID id);

    @GET
    @Path("/reports/{id}/attachments/{attachment}")
    @Produces(MediaType.WILDCARD)
    Response attachment(@PathParam("id") UUID id, @PathParam("attachment") UUID attachment);

    @DELETE
    @Path("/reports/{id}/attachments/{attachment}")
    Response removeAttachment(@PathParam("id") UUID id, @PathParam("attachment") UUID attachment);

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
    Listing<MeasureLine> lines(@PathParam("programme") String programme, @QueryParam("status") String status,
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
    Listing<Obligation> missingReports(@PathParam("programme") String programme, @QueryParam("dept") String dept,
                                       @QueryParam("limit") int limit);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Obligation(String programme, String code, String dept, String period, LocalDate dueDate) {
    }

    @GET
    @Path("/programmes/{programme}/departments")
    Listing<Scorecard> departments(@PathParam("programme") String programme);

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

    /** The report's version as the ETag the service gave it. */
    static String ifMatch(long version) {
        return "\"" + version + "\"";
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Listing<T>(List<T> items, long total) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Measure(String programme, String code, String title, String domain, List<String> leadUnits,
                   List<String> cooperatingUnits, String deadlineKind, LocalDate deadlineDate, String statedStatus) {
        public boolean ledBy(String dept) {
            return leadUnits != null && leadUnits.contains(dept);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record MeasureDetail(Measure measure, List<String> workItems) {
    }

    /** A new report: its period, what it says, and whether it is submitted at once. */
    record NewReport(String period, String claimedStatus, String narrative, List<WorkItem> workItems, List<KpiValue> kpis,
                     String problems, List<SupportAsked> supportNeeded, String nextSteps, Boolean submit) {
        public NewReport(String period, Content content, boolean submit) {
            this(period, content.claimedStatus(), content.narrative(), content.workItems(), content.kpis(), content.problems(),
                    content.supportNeeded(), content.nextSteps(), submit);
        }
    }

    /** 进展情况, 工作措施进度, 指标, 存在问题, 需协调事项, 下步计划 — what a report says. */
    record Content(String claimedStatus, String narrative, List<WorkItem> workItems, List<KpiValue> kpis, String problems,
                   List<SupportAsked> supportNeeded, String nextSteps) {
    }

    /** Progress on a numbered work item (1-based): DONE, IN_PROGRESS or NOT_STARTED. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record WorkItem(int item, String state, String note) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record KpiValue(String name, java.math.BigDecimal value) {
    }

    /** Support asked of another unit, as a report sends it (the service refuses fields it does not take). */
    record SupportAsked(String dept, String request) {
    }

    /** Support asked of another unit, as the service shows it: with the unit's answer once given. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Support(String dept, String request, String answer, String answeredBy, Instant answeredAt) {
    }

    record Answer(String answer) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Attachment(UUID id, String fileName, String mediaType, long size, String uploadedBy, Instant uploadedAt) {
    }

    record Reason(String reason) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Report(UUID id, String programme, String code, String dept, String kind, String period, LocalDate dueDate,
                  String status, String claimedStatus, String narrative, List<WorkItem> workItems, List<KpiValue> kpis,
                  String problems, List<Support> supportNeeded, String nextSteps, List<UUID> consolidatedParts,
                  String returnReason, int timesReturned, Instant createdAt, Instant submittedAt, Instant reviewedAt,
                  List<Step> history, long version) {
        /** 汇总报告: the lead unit's, which sets the measure's status; the others are cooperating units' parts. */
        public boolean consolidated() {
            return "CONSOLIDATED".equals(kind);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Step(String action, String statusAfter, String actor, String actorDept, Instant at, String note) {
    }
}
