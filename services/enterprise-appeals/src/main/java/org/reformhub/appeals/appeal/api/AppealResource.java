package org.reformhub.appeals.appeal.api;

import java.net.URI;
import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import org.reformhub.kernel.api.Page;
import org.reformhub.kernel.api.QueryDates;
import org.reformhub.kernel.idempotency.IdempotencyKeys;
import org.reformhub.kernel.security.CurrentCaller;
import org.reformhub.kernel.security.Roles;
import org.reformhub.appeals.appeal.application.AppealIntake;
import org.reformhub.appeals.appeal.application.AppealWorkflow;
import org.reformhub.appeals.appeal.application.ReadAppeals;
import org.reformhub.appeals.appeal.domain.Appeal;
import org.reformhub.appeals.appeal.domain.AppealSearch;
import org.reformhub.appeals.appeal.domain.AppealStatus;
import org.reformhub.appeals.appeal.domain.Channel;
import org.reformhub.appeals.appeal.infrastructure.AppealRepository;
import org.reformhub.appeals.district.application.Districts;
import org.reformhub.appeals.measure.domain.MeasureMatcher;
import org.reformhub.appeals.measure.domain.MeasureRef;
import org.reformhub.kernel.city.DepartmentCode;
import org.reformhub.kernel.city.ProgrammeCode;

import static org.reformhub.appeals.appeal.api.AppealRequests.FileRequest;
import static org.reformhub.appeals.appeal.api.AppealRequests.TagRequest;

/**
 * 企业直通车 cases: filing (and checking a filing), the searchable list, a case, its measures and similar cases. The
 * workflow's steps are {@link AppealWorkflowResource}'s, files {@link AppealAttachmentResource}'s. A case the caller
 * may not read answers 404.
 */
@Path("/appeals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AppealResource {

    public static final String CASE = "ZTC-\\d{6}-\\d{5}";
    public static final String DEPT = DepartmentCode.PATTERN;
    public static final String PROGRAMME = ProgrammeCode.PATTERN;
    public static final String MEASURE_CODE = "\\d{1,2}-\\d{2,3}";

    private final AppealIntake intake;
    private final AppealWorkflow workflow;
    private final ReadAppeals read;
    private final CurrentCaller currentCaller;
    private final Districts districts;

    public AppealResource(AppealIntake intake, AppealWorkflow workflow, ReadAppeals read, CurrentCaller currentCaller,
                          Districts districts) {
        this.intake = intake;
        this.workflow = workflow;
        this.read = read;
        this.currentCaller = currentCaller;
        this.districts = districts;
    }

    /** Returns the case number and the expected answer date; with {@code Idempotency-Key} a retry returns the same case. */
    @Operation(operationId = "fileAppeal", summary = "登记一件诉求 / File an appeal")
    @APIResponse(responseCode = "201", description = "已登记，附相似诉求 / filed, with similar cases",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AppealResponse.class)))
    @POST
    @RolesAllowed({Roles.ENTERPRISE, Roles.SUPERVISOR, Roles.DISTRICT, Roles.ADMIN})
    public Response file(@HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey, @NotNull @Valid FileRequest request) {
        Appeal appeal = intake.file(currentCaller.get(), request.filing(), IdempotencyKeys.read(idempotencyKey), request);
        // similar open cases, as a hint (an enterprise sees only its own)
        return Response.created(URI.create("/api/appeals/appeals/" + appeal.caseNumber()))
                .entity(AppealResponse.of(appeal, true, intake.similar(currentCaller.get(), appeal),
                        intake.suggestedMeasures(appeal), districts.shortNames())).build();
    }

    /** What a filing would get (its category's name, time limit in working days, due date), nothing filed. */
    public record CheckResponse(String category, String categoryName, boolean urgent, int timeLimitDays, LocalDate dueDate) {
    }

    /**
     * Checks a filing as {@code POST /appeals} would, without filing it: the same refusals (400 with field errors,
     * 422), or what the case would get. For a check-your-answers page.
     */
    @Operation(operationId = "checkAppeal",
            summary = "登记前预检：类别、时限与到期日 / Check an appeal before filing: category, time limit, due date")
    @POST
    @Path("/check")
    @RolesAllowed({Roles.ENTERPRISE, Roles.SUPERVISOR, Roles.DISTRICT, Roles.ADMIN})
    public CheckResponse check(@NotNull @Valid FileRequest request) {
        AppealIntake.Admitted admitted = intake.check(currentCaller.get(), request.filing());
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
    @Operation(operationId = "listAppeals", summary = "查询诉求（筛选、全文检索、分页） / Search appeals (filters, free text, pages)")
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

    @Operation(operationId = "getAppeal", summary = "读取一件诉求及其办理过程 / Read an appeal with its history")
    @GET
    @Path("/{case}")
    @RolesAllowed({Roles.ENTERPRISE, Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.DISTRICT, Roles.ADMIN})
    public AppealResponse get(@PathParam("case") @Pattern(regexp = CASE) String caseNumber) {
        return respond(read.get(currentCaller.get(), caseNumber));
    }

    private AppealResponse respond(Appeal appeal) {
        return AppealResponse.of(appeal, true, districts.shortNames());
    }

    /** The reform measures the case concerns (replacing earlier tags): the supervision office or the lead unit. */
    @Operation(operationId = "tagAppealMeasures", summary = "关联改革举措 / Tag an appeal with reform measures")
    @PUT
    @Path("/{case}/measures")
    @RolesAllowed({Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.DISTRICT, Roles.ADMIN})
    public AppealResponse tag(@PathParam("case") @Pattern(regexp = CASE) String caseNumber, @NotNull @Valid TagRequest request) {
        return respond(workflow.tag(currentCaller.get(), caseNumber, request.measures().stream()
                .map(m -> new MeasureRef(m.programme(), m.code())).toList()));
    }

    /** Measures the case's text is probably about (suggested at intake too). */
    @Operation(operationId = "listSuggestedMeasures",
            summary = "可能相关的改革举措 / List reform measures this appeal may concern")
    @GET
    @Path("/{case}/suggested-measures")
    @RolesAllowed({Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.DISTRICT, Roles.ADMIN})
    public Page<MeasureMatcher.Suggestion> suggestedMeasures(@PathParam("case") @Pattern(regexp = CASE) String caseNumber) {
        return Page.of(intake.suggestedMeasures(read.get(currentCaller.get(), caseNumber)));
    }

    /** Open cases like this one (same enterprise or category, similar text), to decide on a merge. */
    @Operation(operationId = "listSimilarAppeals", summary = "相似诉求 / List appeals similar to this one")
    @GET
    @Path("/{case}/similar")
    @RolesAllowed({Roles.SUPERVISOR, Roles.DISTRICT, Roles.ADMIN})
    public Page<AppealRepository.Similar> similar(@PathParam("case") @Pattern(regexp = CASE) String caseNumber) {
        return Page.of(intake.similar(currentCaller.get(), caseNumber));
    }
}
