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
