package org.reformhub.appeals.appeal.api;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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

import org.reformhub.kernel.api.Page;
import org.reformhub.kernel.api.QueryDates;
import org.reformhub.kernel.file.store.AttachmentStore;
import org.reformhub.kernel.file.store.StoredFile;
import org.reformhub.kernel.idempotency.IdempotencyKeys;
import org.reformhub.kernel.security.CurrentCaller;
import org.reformhub.kernel.security.Roles;
import org.reformhub.appeals.appeal.application.AppealFiles;
import org.reformhub.appeals.appeal.application.AppealWorkflow;
import org.reformhub.appeals.appeal.application.ReadAppeals;
import org.reformhub.appeals.appeal.domain.Appeal;
import org.reformhub.appeals.appeal.domain.AppealAttachment;
import org.reformhub.appeals.appeal.domain.AppealSearch;
import org.reformhub.appeals.appeal.domain.AppealStatus;
import org.reformhub.appeals.appeal.domain.AppealStep;
import org.reformhub.appeals.appeal.domain.Channel;
import org.reformhub.appeals.appeal.domain.FollowUpChannel;
import org.reformhub.appeals.appeal.domain.RatingSource;
import org.reformhub.appeals.appeal.domain.Outcome;
import org.reformhub.appeals.appeal.domain.Rating;
import org.reformhub.appeals.appeal.infrastructure.AppealRepository;
import org.reformhub.appeals.district.application.Districts;
import org.reformhub.appeals.measure.domain.MeasureMatcher;
import org.reformhub.appeals.measure.domain.MeasureRef;
import org.reformhub.kernel.city.DepartmentCode;
import org.reformhub.kernel.city.ProgrammeCode;

/**
 * 企业直通车 cases. Enterprises file and rate their own; the supervision office accepts, rejects, assigns and
 * extends; the lead handling unit answers or sends back. A case the caller may not read answers 404.
 */
@Path("/appeals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AppealResource {

    public static final String CASE = "ZTC-\\d{6}-\\d{5}";
    public static final String DEPT = DepartmentCode.PATTERN;
    public static final String PROGRAMME = ProgrammeCode.PATTERN;
    public static final String MEASURE_CODE = "\\d{1,2}-\\d{2,3}";

    public record FileRequest(@Size(min = 18, max = 18) String uscc, @NotBlank @Size(max = 200) String enterpriseName,
                              @NotBlank @Size(max = 50) String contactPerson,
                              @NotBlank @Pattern(regexp = "[0-9+\\- ]{7,20}", message = "{reformhub.phone}") String phone,
                              @Email @Size(max = 200) String email, @NotBlank @Size(max = 30) String category,
                              Boolean urgent, @NotBlank @Size(max = 200) String title,
                              @NotBlank @Size(max = 5000) String description,
                              @NotBlank @Size(max = 50) String district, Channel channel) {
        Appeal.Filing filing() {
            return new Appeal.Filing(uscc, enterpriseName, contactPerson, phone, email, category, Boolean.TRUE.equals(urgent),
                    title, description, district, channel);
        }
    }

    public record ReasonRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    public record AssignRequest(@NotNull @Pattern(regexp = DEPT) String leadUnit,
                                @Size(max = 10) List<@NotNull @Pattern(regexp = DEPT) String> cooperatingUnits) {
    }

    public record AnswerRequest(@NotNull Outcome outcome, @NotBlank @Size(max = 5000) String answer, LocalDate committedDate) {
    }

    public record RateRequest(@NotNull Rating rating, @Size(max = 1000) String comment) {
    }

    /** 回访: the score the enterprise gave on the follow-up (5 非常满意 … 1 非常不满意), how it was reached, who called. */
    public record FollowUpRatingRequest(@NotNull @Min(1) @Max(5) Integer score, @NotNull FollowUpChannel channel,
                                        @Size(max = 1000) String comment, @NotBlank @Size(max = 100) String calledBy) {
    }

    /** The district (code, full or short name) whose office is to handle the case, and why. */
    public record HandToDistrictRequest(@NotBlank @Size(max = 50) String district, @Size(max = 2000) String reason) {
    }

    public record TakeUpRequest(@Size(max = 2000) String reason) {
    }

    public record ExtendRequest(@NotNull LocalDate dueDate, @NotBlank @Size(max = 2000) String reason) {
    }

    public record Step(String action, String statusAfter, String actor, String actorDept, Instant at, String note) {
        static Step of(AppealStep s) {
            return new Step(s.action().name(), s.statusAfter().name(), s.actor(), s.actorDept(), s.at(), s.note());
        }
    }

    public record AppealResponse(UUID id, String caseNumber, String uscc, String enterpriseName, String contactPerson,
                                 String phone, String email, String category, boolean urgent, String title,
                                 String description, String district, String districtName, boolean cityHandles,
                                 Channel channel, AppealStatus status,
                                 String leadUnit, List<String> cooperatingUnits, int timeLimitDays, Instant filedAt,
                                 LocalDate dueDate, Outcome outcome, String answer, LocalDate committedDate,
                                 Instant answeredAt, Boolean answeredOnTime, Rating rating, String ratingComment,
                                 RatingSource ratingSource, FollowUpChannel followUpChannel, String followUpBy,
                                 int reopenCount, boolean supervised, String duplicateOf, List<String> duplicates,
                                 List<String> measures, Instant closedAt, List<Step> history,
                                 List<AppealRepository.Similar> similar, List<MeasureMatcher.Suggestion> suggestedMeasures,
                                 long version) {
        static AppealResponse of(Appeal a, boolean withHistory, java.util.Map<String, String> districtNames) {
            return of(a, withHistory, null, null, districtNames);
        }

        static AppealResponse of(Appeal a, boolean withHistory, List<AppealRepository.Similar> similar,
                                 List<MeasureMatcher.Suggestion> suggestedMeasures, java.util.Map<String, String> districtNames) {
            return new AppealResponse(a.id(), a.caseNumber(), a.uscc(), a.enterpriseName(), a.contactPerson(), a.phone(),
                    a.email(), a.category(), a.urgent(), a.title(), a.description(), a.district(),
                    districtNames.getOrDefault(a.district(), a.district()), a.cityHandles(), a.channel(), a.status(),
                    a.leadUnit(), a.cooperatingUnits(), a.timeLimitDays(), a.filedAt(), a.dueDate(), a.outcome(), a.answer(),
                    a.committedDate(), a.answeredAt(), a.answeredOnTime(), a.rating(), a.ratingComment(), a.ratingSource(),
                    a.followUpChannel(), a.followUpBy(), a.reopenCount(),
                    a.supervised(), a.duplicateOf(), a.duplicates(), a.measures(), a.closedAt(),
                    withHistory ? a.history().stream().map(Step::of).toList() : null, similar, suggestedMeasures, a.version());
        }
    }

    private final AppealWorkflow workflow;
    private final ReadAppeals read;
    private final AppealFiles files;
    private final CurrentCaller currentCaller;
    private final Districts districts;
    private final AttachmentStore store;

    public AppealResource(AppealWorkflow workflow, ReadAppeals read, AppealFiles files, CurrentCaller currentCaller,
                          Districts districts, AttachmentStore store) {
        this.districts = districts;
        this.store = store;
        this.workflow = workflow;
        this.read = read;
        this.files = files;
        this.currentCaller = currentCaller;
    }

    /** Returns the case number and the expected answer date; with {@code Idempotency-Key} a retry returns the same case. */
    @POST
    @RolesAllowed({Roles.ENTERPRISE, Roles.SUPERVISOR, Roles.DISTRICT, Roles.ADMIN})
    public Response file(@HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey, @NotNull @Valid FileRequest request) {
        Appeal appeal = workflow.file(currentCaller.get(), request.filing(), IdempotencyKeys.read(idempotencyKey), request);
        // similar open cases, as a hint (an enterprise sees only its own)
        return Response.created(URI.create("/api/appeals/appeals/" + appeal.caseNumber()))
                .entity(AppealResponse.of(appeal, true, workflow.similar(currentCaller.get(), appeal),
                        workflow.suggestedMeasures(appeal), districts.shortNames())).build();
    }

    /** What a filing would get (its category's name, time limit in working days, due date), nothing filed. */
    public record CheckResponse(String category, String categoryName, boolean urgent, int timeLimitDays, LocalDate dueDate) {
    }

    /**
     * Checks a filing as {@code POST /appeals} would, without filing it: the same refusals (400 with field errors,
     * 422), or what the case would get. For a check-your-answers page.
     */
    @POST
    @Path("/check")
    @RolesAllowed({Roles.ENTERPRISE, Roles.SUPERVISOR, Roles.DISTRICT, Roles.ADMIN})
    public CheckResponse check(@NotNull @Valid FileRequest request) {
        AppealWorkflow.Admitted admitted = workflow.check(currentCaller.get(), request.filing());
        return new CheckResponse(admitted.filing().category(), admitted.categoryName(), admitted.filing().urgent(),
                admitted.timeLimitDays(), admitted.due());
    }

    /**
     * The cases the caller may read, filtered and paged on the server: {@code {"items", "total", "page", "size"}},
     * {@code total} counting every match. Filters: state, category, district (code, full or short name), a unit
     * (lead or cooperating), channel, filed between two days, words ({@code q}: in the case number, or in the title,
     * description and enterprise name — Chinese matched by character pairs), awaiting an answer (the time limit
     * runs), overdue. Order: {@code -filedAt} (default), {@code filedAt}, {@code dueDate}, {@code -dueDate}. Paged by
     * {@code page} (from 0) and {@code size}; {@code offset} and {@code limit} are the older spelling of the same.
     */
    @GET
    @RolesAllowed({Roles.ENTERPRISE, Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.DISTRICT, Roles.ADMIN})
    public Page<AppealResponse> list(@QueryParam("status") @Pattern(regexp = "SUBMITTED|ACCEPTED|REJECTED|ASSIGNED|SENT_BACK|ANSWERED|REOPENED|CLOSED|MERGED") String status,
                                     @QueryParam("category") @Pattern(regexp = org.reformhub.appeals.category.api.CategoryResource.CODE) String category,
                                     @QueryParam("district") @Size(min = 1, max = 50) String district,
                                     @QueryParam("unit") @Pattern(regexp = DEPT) String unit,
                                     @QueryParam("q") @Size(min = 1, max = 100) String text,
                                     @QueryParam("awaiting") @DefaultValue("false") boolean awaiting,
                                     @QueryParam("overdue") @DefaultValue("false") boolean overdue,
                                     @QueryParam("channel") @Pattern(regexp = "ONLINE|HOTLINE_12345|FACE_TO_FACE_SESSION|LETTER") String channel,
                                     @QueryParam("filedFrom") @Size(max = 10) String filedFrom,
                                     @QueryParam("filedTo") @Size(max = 10) String filedTo,
                                     @QueryParam("sort") @DefaultValue("-filedAt") @Pattern(regexp = "-?(filedAt|dueDate)") String sort,
                                     @QueryParam("page") @Min(0) @Max(10000) Integer page,
                                     @QueryParam("size") @Min(1) @Max(500) Integer size,
                                     @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(100000) int offset,
                                     @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        // the state as text with a pattern: a bad one is a 400 naming it (an enum parameter would be JAX-RS's 404)
        String districtCode = districts.codeOfFilter(district);
        java.util.Map<String, String> names = districts.shortNames();
        int pageSize = size != null ? size : page != null ? 20 : limit;
        int first = page != null ? page * pageSize : offset;
        Page<Appeal> found = read.search(currentCaller.get(), new AppealSearch(
                status == null ? null : AppealStatus.valueOf(status), category, districtCode, unit,
                text == null || text.isBlank() ? null : text.strip(), awaiting, overdue,
                channel == null ? null : Channel.valueOf(channel), QueryDates.parse("filedFrom", filedFrom),
                QueryDates.parse("filedTo", filedTo), AppealSearch.Order.of(sort), first,
                pageSize));
        return Page.paged(found.items().stream().map(a -> AppealResponse.of(a, false, names)).toList(), found.total(),
                first / pageSize, pageSize);
    }

    @GET
    @Path("/{case}")
    @RolesAllowed({Roles.ENTERPRISE, Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.DISTRICT, Roles.ADMIN})
    public AppealResponse get(@PathParam("case") @Pattern(regexp = CASE) String caseNumber) {
        return respond(read.get(currentCaller.get(), caseNumber));
    }

    @POST
    @Path("/{case}/accept")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.SUPERVISOR, Roles.DISTRICT, Roles.ADMIN})
    public AppealResponse accept(@PathParam("case") @Pattern(regexp = CASE) String caseNumber) {
        return respond(workflow.accept(currentCaller.get(), caseNumber));
    }

    @POST
    @Path("/{case}/reject")
    @RolesAllowed({Roles.SUPERVISOR, Roles.DISTRICT, Roles.ADMIN})
    public AppealResponse reject(@PathParam("case") @Pattern(regexp = CASE) String caseNumber,
                                 @NotNull @Valid ReasonRequest request) {
        return respond(workflow.reject(currentCaller.get(), caseNumber, request.reason()));
    }

    /** 交办: the first receiving unit leads (首接负责). */
    @POST
    @Path("/{case}/assign")
    @RolesAllowed({Roles.SUPERVISOR, Roles.DISTRICT, Roles.ADMIN})
    public AppealResponse assign(@PathParam("case") @Pattern(regexp = CASE) String caseNumber,
                                 @NotNull @Valid AssignRequest request) {
        return respond(workflow.assign(currentCaller.get(), caseNumber, request.leadUnit(),
                request.cooperatingUnits() == null ? List.of() : request.cooperatingUnits()));
    }

    @POST
    @Path("/{case}/send-back")
    @RolesAllowed(Roles.DEPARTMENT)
    public AppealResponse sendBack(@PathParam("case") @Pattern(regexp = CASE) String caseNumber,
                                   @NotNull @Valid ReasonRequest request) {
        return respond(workflow.sendBack(currentCaller.get(), caseNumber, request.reason()));
    }

    @POST
    @Path("/{case}/answer")
    @RolesAllowed(Roles.DEPARTMENT)
    public AppealResponse answer(@PathParam("case") @Pattern(regexp = CASE) String caseNumber,
                                 @NotNull @Valid AnswerRequest request) {
        return respond(workflow.answer(currentCaller.get(), caseNumber, request.outcome(), request.answer(),
                request.committedDate()));
    }

    @POST
    @Path("/{case}/rate")
    @RolesAllowed(Roles.ENTERPRISE)
    public AppealResponse rate(@PathParam("case") @Pattern(regexp = CASE) String caseNumber,
                               @NotNull @Valid RateRequest request) {
        return respond(workflow.rate(currentCaller.get(), caseNumber, request.rating(), request.comment()));
    }

    /**
     * 回访: the office (the city's, or the case's district office) records the rating an enterprise gave when called
     * about the answer. Satisfied closes the case, dissatisfied reopens it, as the enterprise's own rating would; an
     * answer the enterprise rated itself keeps its rating (409). An answer closed unrated can still be followed up.
     */
    @POST
    @Path("/{case}/follow-up-rating")
    @RolesAllowed({Roles.SUPERVISOR, Roles.DISTRICT, Roles.ADMIN})
    public AppealResponse followUpRating(@PathParam("case") @Pattern(regexp = CASE) String caseNumber,
                                         @NotNull @Valid FollowUpRatingRequest request) {
        return respond(workflow.followUpRating(currentCaller.get(), caseNumber, Rating.ofScore(request.score()),
                request.channel(), request.comment(), request.calledBy().strip()));
    }

    /** The city office hands an open case to a district's office (交县区办理); the case's district becomes that one. */
    @POST
    @Path("/{case}/hand-to-district")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public AppealResponse handToDistrict(@PathParam("case") @Pattern(regexp = CASE) String caseNumber,
                                         @NotNull @Valid HandToDistrictRequest request) {
        return respond(workflow.handToDistrict(currentCaller.get(), caseNumber, request.district(), request.reason()));
    }

    /** 提级办理: the city office takes an open case up; the district's office still sees it but no longer handles it. */
    @POST
    @Path("/{case}/take-up")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public AppealResponse takeUp(@PathParam("case") @Pattern(regexp = CASE) String caseNumber, @Valid TakeUpRequest request) {
        return respond(workflow.takeUp(currentCaller.get(), caseNumber, request == null ? null : request.reason()));
    }

    private AppealResponse respond(Appeal appeal) {
        return AppealResponse.of(appeal, true, districts.shortNames());
    }

    public record MeasureTag(@NotNull @Pattern(regexp = PROGRAMME) String programme, @NotNull @Pattern(regexp = MEASURE_CODE) String code) {
    }

    public record TagRequest(@NotNull @Size(max = 20) List<@NotNull @Valid MeasureTag> measures) {
    }

    /** The reform measures the case concerns (replacing earlier tags): the supervision office or the lead unit. */
    @PUT
    @Path("/{case}/measures")
    @RolesAllowed({Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.DISTRICT, Roles.ADMIN})
    public AppealResponse tag(@PathParam("case") @Pattern(regexp = CASE) String caseNumber, @NotNull @Valid TagRequest request) {
        return respond(workflow.tag(currentCaller.get(), caseNumber, request.measures().stream()
                .map(m -> new MeasureRef(m.programme(), m.code())).toList()));
    }

    /** Measures the case's text is probably about (suggested at intake too). */
    @GET
    @Path("/{case}/suggested-measures")
    @RolesAllowed({Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.DISTRICT, Roles.ADMIN})
    public Page<MeasureMatcher.Suggestion> suggestedMeasures(@PathParam("case") @Pattern(regexp = CASE) String caseNumber) {
        return Page.of(workflow.suggestedMeasures(read.get(currentCaller.get(), caseNumber)));
    }

    public record MergeRequest(@NotNull @Pattern(regexp = CASE) String original) {
    }

    /** Open cases like this one (same enterprise or category, similar text), to decide on a merge. */
    @GET
    @Path("/{case}/similar")
    @RolesAllowed({Roles.SUPERVISOR, Roles.DISTRICT, Roles.ADMIN})
    public Page<AppealRepository.Similar> similar(@PathParam("case") @Pattern(regexp = CASE) String caseNumber) {
        return Page.of(workflow.similar(currentCaller.get(), caseNumber));
    }

    /** Merges this case, a duplicate, into {@code original}: it follows the original's answer. */
    @POST
    @Path("/{case}/merge")
    @RolesAllowed({Roles.SUPERVISOR, Roles.DISTRICT, Roles.ADMIN})
    public AppealResponse merge(@PathParam("case") @Pattern(regexp = CASE) String caseNumber,
                                @NotNull @Valid MergeRequest request) {
        return respond(workflow.merge(currentCaller.get(), caseNumber, request.original()));
    }

    @POST
    @Path("/{case}/extend")
    @RolesAllowed({Roles.SUPERVISOR, Roles.DISTRICT, Roles.ADMIN})
    public AppealResponse extend(@PathParam("case") @Pattern(regexp = CASE) String caseNumber,
                                 @NotNull @Valid ExtendRequest request) {
        return respond(workflow.extend(currentCaller.get(), caseNumber, request.dueDate(), request.reason()));
    }

    /** A case's file: the metadata. */
    public record AttachmentResponse(UUID id, String fileName, String mediaType, long size, String sha256, String uploadedBy,
                                     Instant uploadedAt) {
        static AttachmentResponse of(AppealAttachment a) {
            StoredFile f = a.file();
            return new AttachmentResponse(a.id(), f.fileName(), f.mediaType(), f.size(), f.sha256(), f.uploadedBy(),
                    f.uploadedAt());
        }
    }

    /**
     * Adds one file to an open case as the raw request body (any Content-Type: the content decides what it is),
     * named by {@code name}. PDF, OFD, PNG, JPEG, Word or Excel; at most 10 MB, 10 per case.
     */
    @POST
    @Path("/{case}/attachments")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.ENTERPRISE, Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.DISTRICT, Roles.ADMIN})
    public Response attach(@PathParam("case") @Pattern(regexp = CASE) String caseNumber,
                           @QueryParam("name") @NotBlank @Size(max = 500) String name, java.io.InputStream body)
            throws java.io.IOException {
        AppealAttachment attachment = files.attach(currentCaller.get(), caseNumber, name, AttachmentStore.readUpload(body));
        return Response.created(URI.create("/api/appeals/appeals/" + caseNumber + "/attachments/" + attachment.id()))
                .entity(AttachmentResponse.of(attachment)).type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/{case}/attachments")
    @RolesAllowed({Roles.ENTERPRISE, Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.DISTRICT, Roles.ADMIN})
    public Page<AttachmentResponse> attachments(@PathParam("case") @Pattern(regexp = CASE) String caseNumber) {
        return Page.of(files.list(currentCaller.get(), caseNumber).stream().map(AttachmentResponse::of).toList());
    }

    /** The file as uploaded, always as a download. */
    @GET
    @Path("/{case}/attachments/{attachment}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.ENTERPRISE, Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.DISTRICT, Roles.ADMIN})
    public Response download(@PathParam("case") @Pattern(regexp = CASE) String caseNumber,
                             @PathParam("attachment") UUID attachmentId) throws java.io.IOException {
        return store.download(files.file(currentCaller.get(), caseNumber, attachmentId));
    }
}
