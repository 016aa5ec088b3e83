package org.reformhub.console.backend;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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

    @GET
    @Path("/categories")
    Listing<Category> categories();

    @GET
    @Path("/districts")
    Listing<District> districts();

    /** Creates or changes a district (admins); {@code active: false} retires it. */
    @PUT
    @Path("/admin/districts/{code}")
    Response saveDistrict(@PathParam("code") String code, DistrictSettings district);

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

    /** 月报 figures of a month: the whole city with the districts side by side, or one district's. */
    @GET
    @Path("/monthly-reports/{month}")
    MonthlyReport monthlyReport(@PathParam("month") String month, @QueryParam("district") String district);

    @GET
    @Path("/monthly-reports/{month}.docx")
    @Produces(MediaType.WILDCARD)
    Response monthlyReportDocument(@PathParam("month") String month, @QueryParam("district") String district);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record District(String code, String name, String shortName, int sortOrder, boolean active) {
    }

    record DistrictSettings(String name, String shortName, Integer sortOrder, Boolean active) {
    }

    record FollowUp(Integer score, String channel, String comment, String calledBy) {
    }

    record Handover(String district, String reason) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Figures(int received, int accepted, int answered, Double answeredOnTimePercent, Double resolvedPercent, int rated,
                   Double satisfactionPercent, Double averageWorkingDaysToAnswer, int reopened) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Unresolved(String caseNumber, String enterpriseName, String title, String category, String leadUnit, String status,
                      LocalDate dueDate, boolean overdue, boolean supervised, LocalDate committedDate) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record MonthlyReport(String month, LocalDate asOf, String district, Figures total,
                         java.util.Map<String, Figures> byDistrict, java.util.Map<String, Figures> byUnit,
                         java.util.Map<String, Figures> byCategory, List<Unresolved> unresolved) {
    }

    /** Creates or replaces a category (admins); {@code active: false} retires it. */
    @PUT
    @Path("/admin/categories/{code}")
    Response saveCategory(@PathParam("code") String code, CategorySettings category);

    /** 答复模板 of a category, by title: units read them, the office keeps them. */
    @GET
    @Path("/categories/{code}/reply-templates")
    Listing<ReplyTemplate> replyTemplates(@PathParam("code") String category);

    @POST
    @Path("/categories/{code}/reply-templates")
    Response addReplyTemplate(@PathParam("code") String category, TemplateText template);

    @PUT
    @Path("/categories/{code}/reply-templates/{id}")
    Response rewordReplyTemplate(@PathParam("code") String category, @PathParam("id") java.util.UUID id, TemplateText template);

    @DELETE
    @Path("/categories/{code}/reply-templates/{id}")
    Response removeReplyTemplate(@PathParam("code") String category, @PathParam("id") java.util.UUID id);

    /** 内部备注 of a case: the office and the case's units only (an enterprise is refused). */
    @GET
    @Path("/appeals/{case}/notes")
    Listing<Note> notes(@PathParam("case") String caseNumber);

    @POST
    @Path("/appeals/{case}/notes")
    Response writeNote(@PathParam("case") String caseNumber, NoteText note);

    record CategorySettings(String name, String defaultUnit, Integer timeLimitDays, Integer urgentTimeLimitDays,
                            Boolean active) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ReplyTemplate(java.util.UUID id, String category, String title, String body, String updatedBy,
                         Instant updatedAt) {
    }

    record TemplateText(String title, String body) {
    }

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

    /** A year's days off and adjusted working days (public), and the administrator's replacement of them. */
    @GET
    @Path("/calendar/{year}")
    Year calendar(@PathParam("year") int year);

    @jakarta.ws.rs.PUT
    @Path("/admin/calendar/{year}")
    Response loadCalendar(@PathParam("year") int year, YearDays days);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Year(int year, boolean loaded, List<Day> days) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Day(LocalDate day, String kind, String holiday) {
    }

    record YearDays(List<Day> days) {
    }

    /** The units' handling of cases, ranked (the assessment of the months so far). */
    @GET
    @Path("/assessment")
    Assessment assessment();

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Assessment(String from, String to, List<UnitFigures> units) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record UnitFigures(String unit, int assigned, int answered, Double onTimeRate, Double satisfactionRate, int reopened,
                       double score, int rank) {
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

    // 每月面对面: sessions planned from open cases, decided case by case, closed with minutes

    @GET
    @Path("/sessions")
    Listing<Session> sessions(@QueryParam("limit") int limit);

    @GET
    @Path("/sessions/{id}")
    Session session(@PathParam("id") java.util.UUID id);

    @POST
    @Path("/sessions")
    Response planSession(SessionPlan plan);

    @POST
    @Path("/sessions/{id}/decisions")
    Response decide(@PathParam("id") java.util.UUID id, Decision decision);

    @POST
    @Path("/sessions/{id}/invitations")
    Response inviteToSession(@PathParam("id") java.util.UUID id, Invitation invitation);

    @PUT
    @Path("/sessions/{id}/attendance")
    Response recordAttendance(@PathParam("id") java.util.UUID id, Attendance attendance);

    @POST
    @Path("/sessions/{id}/close")
    Response closeSession(@PathParam("id") java.util.UUID id, Summary summary);

    @GET
    @Path("/sessions/{id}/minutes.docx")
    @Produces(MediaType.WILDCARD)
    Response minutes(@PathParam("id") java.util.UUID id);

    record SessionPlan(LocalDate heldOn, String level, Boolean monthly, String title, List<String> hosts, List<String> units) {
    }

    record Decision(String caseNumber, String outcome, String unit, String note, LocalDate committedDate) {
    }

    record Summary(String summary) {
    }

    record Invitation(String place) {
    }

    record Attendance(List<String> present) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Invitee(String kind, String ref, String name, List<String> cases, Boolean attended) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Session(java.util.UUID id, LocalDate heldOn, String level, String levelName, boolean monthly, String title,
                   List<String> hosts, List<String> units,
                   List<AgendaItem> agenda, String place, List<Invitee> invitees, String summary, String createdBy, Instant createdAt, Instant closedAt,
                   long version) {
        public boolean open() {
            return closedAt == null;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AgendaItem(String caseNumber, String title, String reason, String outcome, String unit, String note,
                      LocalDate committedDate) {
    }

    // reports to the city government (月报 and 专题报告), each kept as the Word document that was sent

    @GET
    @Path("/city-reports")
    Listing<CityReport> cityReports(@QueryParam("limit") int limit);

    @GET
    @Path("/city-reports/{id}")
    CityReport cityReport(@PathParam("id") java.util.UUID id);

    @POST
    @Path("/city-reports/monthly")
    Response publishMonthly(Month month);

    @POST
    @Path("/city-reports/special")
    Response publishSpecial(SpecialReport report);

    @GET
    @Path("/city-reports/{id}/document")
    @Produces(MediaType.WILDCARD)
    Response cityReportDocument(@PathParam("id") java.util.UUID id);

    record Month(String month) {
    }

    record SpecialReport(String title, String summary, List<String> cases) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CityReport(java.util.UUID id, String kind, String month, String title, String summary, List<String> caseNumbers,
                      String publishedBy, Instant publishedAt) {
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

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Category(String code, String name, String defaultUnit, int timeLimitDays, int urgentTimeLimitDays,
                    boolean active) {
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
    record AppealDetail(String caseNumber, String enterpriseName, String contactPerson, String phone, String email,
                        String category, boolean urgent, String title, String description, String district,
                        String districtName, boolean cityHandles, String status,
                        String leadUnit, int timeLimitDays, Instant filedAt, LocalDate dueDate, String outcome,
                        String answer, LocalDate committedDate, Instant answeredAt, String rating, String ratingComment,
                        String ratingSource, String followUpChannel, String followUpBy, Instant closedAt,
                        List<Step> history) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Step(String action, String statusAfter, String actor, String actorDept, Instant at, String note) {
    }
}
