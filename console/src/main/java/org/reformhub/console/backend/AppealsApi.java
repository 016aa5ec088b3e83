package org.reformhub.console.backend;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
 * The 企业直通车 service as the console calls it, with the person's own access token: what the console may
 * show and do is what the service lets that person see and do. Only the fields the pages use are read.
 */
@RegisterRestClient(configKey = "appeals")
@RegisterClientHeaders(ViewerToken.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface AppealsApi {

    @GET
    @Path("/appeals")
    Listing<AppealSummary> appeals(@QueryParam("limit") int limit);

    /** A queue as the service filters, orders and pages it; {@code total} counts every match. */
    @GET
    @Path("/appeals")
    Listing<AppealSummary> search(@QueryParam("status") String status, @QueryParam("category") String category,
                                  @QueryParam("district") String district, @QueryParam("unit") String unit,
                                  @QueryParam("q") String text, @QueryParam("awaiting") Boolean awaiting,
                                  @QueryParam("overdue") Boolean overdue,
                                  @QueryParam("sort") String sort, @QueryParam("offset") int offset,
                                  @QueryParam("limit") int limit);

    @GET
    @Path("/appeals/{case}")
    AppealDetail appeal(@PathParam("case") String caseNumber);

    /** 回访: the office records the rating the enterprise gave on a follow-up. */
    @POST
    @Path("/appeals/{case}/follow-up-rating")
    Response followUpRating(@PathParam("case") String caseNumber, FollowUp followUp);

    /** The city office hands the case to a district's office. */
    @POST
    @Path("/appeals/{case}/hand-to-district")
    Response handToDistrict(@PathParam("case") String caseNumber, Handover handover);

    /** 提级办理: the city office takes the case up. */
    @POST
    @Path("/appeals/{case}/take-up")
    Response takeUp(@PathParam("case") String caseNumber, Reason reason);

    record FollowUp(Integer score, String channel, String comment, String calledBy) {
    }

    record Handover(String district, String reason) {
    }

    /** 内部备注 of a case: the office and the case's units only (an enterprise is refused). */
    @GET
    @Path("/appeals/{case}/notes")
    Listing<Note> notes(@PathParam("case") String caseNumber);

    @POST
    @Path("/appeals/{case}/notes")
    Response writeNote(@PathParam("case") String caseNumber, NoteText note);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Note(java.util.UUID id, String author, String authorDept, String body, Instant writtenAt) {
    }

    record NoteText(String body) {
    }

    /** Answers 201 with the case, or a problem (400/422 with field errors); the Idempotency-Key makes a retry file once. */
    @POST
    @Path("/appeals")
    Response file(@HeaderParam("Idempotency-Key") String idempotencyKey, Filing filing);

    /** The office records a case that came by another channel, for the enterprise named by its credit code. */
    @POST
    @Path("/appeals")
    Response record(@HeaderParam("Idempotency-Key") String idempotencyKey, StaffFiling filing);

    /** The same checks as filing, nothing filed: 200 with the time limit the case would get, or the refusal. */
    @POST
    @Path("/appeals/check")
    Response check(Filing filing);

    /** A file for a case (the service reads it through before storing it). */
    @POST
    @Path("/appeals/{case}/attachments")
    @Consumes(MediaType.WILDCARD)
    Response attach(@PathParam("case") String caseNumber, @QueryParam("name") String name,
                    @HeaderParam("Content-Type") String mediaType, byte[] content);

    @GET
    @Path("/appeals/{case}/attachments")
    Listing<Attachment> attachments(@PathParam("case") String caseNumber);

    @GET
    @Path("/appeals/{case}/attachments/{id}")
    @Produces(MediaType.WILDCARD)
    Response attachment(@PathParam("case") String caseNumber, @PathParam("id") java.util.UUID id);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Attachment(java.util.UUID id, String fileName, String mediaType, long size, String uploadedBy,
                      Instant uploadedAt) {
        /** The size as people read it: 12 KB, 1.5 MB. */
        public String sizeText() {
            return size < 1024 * 1024 ? Math.max(1, size / 1024) + " KB" : String.format("%.1f MB", size / 1048576.0);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Check(String category, String categoryName, boolean urgent, int timeLimitDays, LocalDate dueDate) {
    }

    @POST
    @Path("/appeals/{case}/accept")
    Response accept(@PathParam("case") String caseNumber);

    @POST
    @Path("/appeals/{case}/assign")
    Response assign(@PathParam("case") String caseNumber, Assignment assignment);

    @POST
    @Path("/appeals/{case}/answer")
    Response answer(@PathParam("case") String caseNumber, Answer answer);

    @POST
    @Path("/appeals/{case}/reject")
    Response reject(@PathParam("case") String caseNumber, Reason reason);

    @POST
    @Path("/appeals/{case}/send-back")
    Response sendBack(@PathParam("case") String caseNumber, Reason reason);

    @POST
    @Path("/appeals/{case}/merge")
    Response merge(@PathParam("case") String caseNumber, Original original);

    /** Open cases like this one (staff), the candidates to merge it into. */
    @GET
    @Path("/appeals/{case}/similar")
    Listing<Similar> similar(@PathParam("case") String caseNumber);

    record Reason(String reason) {
    }

    record Original(String original) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Similar(String caseNumber, String title, String status, double similarity) {
    }

    @POST
    @Path("/appeals/{case}/rate")
    Response rate(@PathParam("case") String caseNumber, Rating rating);

    @POST
    @Path("/appeals/{case}/extend")
    Response extend(@PathParam("case") String caseNumber, Extension extension);

    record Extension(LocalDate dueDate, String reason) {
    }

    /** The cases tagged with a measure (staff only). */
    @GET
    @Path("/measure-figures/{programme}/{code}")
    MeasureCases measureCases(@PathParam("programme") String programme, @PathParam("code") String code);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record MeasureCases(List<TaggedCase> cases) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TaggedCase(String caseNumber, String title, String status, String leadUnit, Instant filedAt, String rating) {
    }

    record Assignment(String leadUnit, List<String> cooperatingUnits) {
    }

    record Answer(String outcome, String answer, java.time.LocalDate committedDate) {
    }

    record Rating(String rating, String comment) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Listing<T>(List<T> items, long total) {
    }

    record Filing(String enterpriseName, String contactPerson, String phone, String email, String category,
                  Boolean urgent, String title, String description, String district) {
    }

    /** A filing recorded by the office: the enterprise's credit code and the channel the case came by. */
    record StaffFiling(String uscc, String enterpriseName, String contactPerson, String phone, String email, String category,
                       Boolean urgent, String title, String description, String district, String channel) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AppealSummary(String caseNumber, String enterpriseName, String category, String title, String district,
                         String districtName,
                         String status, String leadUnit, Instant filedAt, LocalDate dueDate, boolean urgent) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Step(String action, String statusAfter, String actor, String actorDept, Instant at, String note) {
    }
}
