package org.reformhub.registry.measure.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import org.reformhub.kernel.api.ApiDocument;
import org.reformhub.kernel.rule.Rejection;
import org.reformhub.kernel.api.Page;
import org.reformhub.kernel.problem.Problem;
import org.reformhub.kernel.problem.rest.ProblemException;
import org.reformhub.kernel.security.CurrentCaller;
import org.reformhub.kernel.security.Roles;
import org.reformhub.registry.department.application.DepartmentCatalogue;
import org.reformhub.registry.measure.api.MeasureRequests.CreateMeasureRequest;
import org.reformhub.registry.measure.api.MeasureRequests.PatchMeasureRequest;
import org.reformhub.registry.measure.application.ChangeMeasure;
import org.reformhub.registry.measure.application.CreateMeasure;
import org.reformhub.kernel.rule.RejectedException;
import org.reformhub.registry.measure.domain.Measure;
import org.reformhub.registry.measure.domain.MeasureContent;
import org.reformhub.registry.measure.domain.MeasureId;
import org.reformhub.registry.measure.domain.MeasureRejection;
import org.reformhub.registry.measure.domain.MeasureSnapshot;
import org.reformhub.registry.department.domain.ResponsibleUnit;
import org.reformhub.registry.measure.infrastructure.MeasureChangeRepository;
import org.reformhub.registry.measure.infrastructure.MeasureRepository;
import org.reformhub.kernel.city.ProgrammeCode;

import static org.reformhub.registry.RegistryTexts.text;

/**
 * Reform measures, across programmes or within one ({@code ?programme=}); one measure is
 * {@code /measures/{programme}/{code}}. Reads: every government role; writes: supervisors and admins;
 * enterprises: none.
 */
@Path("/measures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeasureResource {

    static final String PROGRAMME = ProgrammeCode.PATTERN;
    private static final String ISO_DATE = "\\d{4}-\\d{2}-\\d{2}";

    private final CreateMeasure createMeasure;
    private final ChangeMeasure changeMeasure;
    private final MeasureRepository measures;
    private final MeasureChangeRepository history;
    private final DepartmentCatalogue catalogue;
    private final CurrentCaller currentCaller;

    public MeasureResource(CreateMeasure createMeasure, ChangeMeasure changeMeasure, MeasureRepository measures,
                           MeasureChangeRepository history, DepartmentCatalogue catalogue, CurrentCaller currentCaller) {
        this.createMeasure = createMeasure;
        this.changeMeasure = changeMeasure;
        this.measures = measures;
        this.history = history;
        this.catalogue = catalogue;
        this.currentCaller = currentCaller;
    }

    /** Query parameters arrive as text so that a bad one is a 400 naming it, not JAX-RS's 404. */
    @Operation(operationId = "listMeasures", summary = "查询改革举措 / Search reform measures")
    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.DEPARTMENT, Roles.DISTRICT})
    public Page<MeasureResponse> list(@QueryParam("programme") @Pattern(regexp = PROGRAMME) String programme,
                            @QueryParam("list") @Pattern(regexp = "REPLICATE|REFERENCE") String list,
                            @QueryParam("domain") @Size(max = 100) String domain,
                            @QueryParam("dept") @Size(max = 50) String dept,
                            @QueryParam("role") @Pattern(regexp = "lead|cooperating|any") String role,
                            @QueryParam("statedStatus") @Pattern(regexp = "COMPLETED|IN_PROGRESS|NOT_STATED") String statedStatus,
                            @QueryParam("deadlineBefore") @Pattern(regexp = ISO_DATE, message = "{reformhub.iso-date}") String deadlineBefore,
                            @QueryParam("deadlineAfter") @Pattern(regexp = ISO_DATE, message = "{reformhub.iso-date}") String deadlineAfter,
                            @QueryParam("q") @Size(max = 200) String text,
                            @QueryParam("includeArchived") @DefaultValue("false") boolean includeArchived,
                            @QueryParam("sort") @DefaultValue("code") @Pattern(regexp = "-?(code|title|deadline|updatedAt|domain)") String sort,
                            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
                            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        boolean descending = sort.startsWith("-");
        Page<Measure> result = measures.search(new MeasureRepository.Search(programme, list, domain, dept, role,
                statedStatus, date("deadlineBefore", deadlineBefore), date("deadlineAfter", deadlineAfter), text,
                includeArchived, descending ? sort.substring(1) : sort, descending, page, size));
        return Page.paged(result.items().stream().map(m -> MeasureResponse.of(m.snapshot())).toList(), result.total(), page,
                size);
    }

    @Operation(operationId = "getMeasure", summary = "读取一项改革举措 / Read a reform measure")
    @APIResponse(responseCode = "200", description = "改革举措 / the measure",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MeasureResponse.class)),
            headers = {
                @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING),
                        description = ApiDocument.ETAG)
            })
    @GET
    @Path("/{programme}/{code}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.DEPARTMENT, Roles.DISTRICT})
    public Response get(@PathParam("programme") String programme, @PathParam("code") String code) {
        MeasureSnapshot measure = find(MeasureId.of(programme, code));
        return Response.ok(MeasureResponse.of(measure)).tag(MeasureVersions.etag(measure)).build();
    }

    @Operation(operationId = "getMeasureHistory", summary = "改革举措的修改历史 / Read a reform measure's history")
    @GET
    @Path("/{programme}/{code}/history")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.DEPARTMENT, Roles.DISTRICT})
    public MeasureResponse.History history(@PathParam("programme") String programme, @PathParam("code") String code) {
        MeasureId id = MeasureId.of(programme, code);
        find(id);
        return new MeasureResponse.History(programme, code,
                history.historyOf(id).stream().map(MeasureResponse.HistoryEntry::of).toList());
    }

    @Operation(operationId = "createMeasure", summary = "新增改革举措 / Create a reform measure")
    @APIResponse(responseCode = "201", description = "已创建 / created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MeasureResponse.class)),
            headers = {
                @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING),
                        description = ApiDocument.ETAG)
            })
    @POST
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public Response create(@NotNull @Valid CreateMeasureRequest request) {
        if (request.deadline().kind() == org.reformhub.registry.measure.domain.Deadline.Kind.DATE
                && request.deadline().date() == null) {
            throw ProblemException.invalid("完成时限为日期时必须给出日期",
                    List.of(new Problem.FieldError("deadline.date", text("field.required"))));
        }
        List<Rejection.FieldMistake> errors = new ArrayList<>();
        List<ResponsibleUnit> lead = catalogue.units("leadUnits", MeasureRequests.codes(request.leadUnits()), errors);
        List<ResponsibleUnit> cooperating = catalogue.units("cooperatingUnits",
                MeasureRequests.codes(request.cooperatingUnits()), errors);
        DepartmentCatalogue.rejectIfAny(errors);
        MeasureContent content = MeasureContent.builder().list(request.list()).area(request.domain().strip())
                .title(request.title().strip()).practice(request.practice()).originPlaces(request.originPlaces())
                .leadUnits(lead).cooperatingUnits(cooperating).workItems(request.workItems())
                .deadline(request.deadline().toDeadline(), null).remark(request.remark())
                .statedStatus(request.statedStatus()).kpis(MeasureRequests.kpis(request.kpis())).build();
        MeasureSnapshot created = createMeasure.execute(MeasureId.of(request.programme(), request.code()), content,
                currentCaller.get().username());
        return Response.created(URI.create("measures/" + created.id())).entity(MeasureResponse.of(created))
                .tag(MeasureVersions.etag(created)).build();
    }

    @Operation(operationId = "changeMeasure",
            summary = "修改改革举措（需 If-Match） / Change a reform measure (If-Match required)")
    @APIResponse(responseCode = "200", description = "已修改 / changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MeasureResponse.class)))
    @PATCH
    @Path("/{programme}/{code}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public Response patch(@PathParam("programme") String programme, @PathParam("code") String code,
                          @HeaderParam("If-Match") @Parameter(required = true, description = MeasureVersions.IF_MATCH) String ifMatch,
                          @NotNull @Valid PatchMeasureRequest request) {
        long version = MeasureVersions.expected(ifMatch);
        List<Rejection.FieldMistake> errors = new ArrayList<>();
        List<ResponsibleUnit> lead = request.leadUnits() == null ? null
                : catalogue.units("leadUnits", MeasureRequests.codes(request.leadUnits()), errors);
        List<ResponsibleUnit> cooperating = request.cooperatingUnits() == null ? null
                : catalogue.units("cooperatingUnits", MeasureRequests.codes(request.cooperatingUnits()), errors);
        DepartmentCatalogue.rejectIfAny(errors);
        MeasureSnapshot changed = changeMeasure.execute(MeasureId.of(programme, code), version, old -> {
            MeasureContent.Builder next = old.toBuilder();
            if (request.list() != null) next.list(request.list());
            if (request.domain() != null) next.area(request.domain().strip());
            if (request.title() != null) next.title(request.title().strip());
            if (request.practice() != null) next.practice(request.practice());
            if (request.originPlaces() != null) next.originPlaces(request.originPlaces());
            if (lead != null) next.leadUnits(lead);
            if (cooperating != null) next.cooperatingUnits(cooperating);
            if (request.workItems() != null) next.workItems(request.workItems());
            if (request.deadline() != null) next.deadline(request.deadline().toDeadline(), null);
            if (request.remark() != null) next.remark(request.remark());
            if (request.statedStatus() != null) next.statedStatus(request.statedStatus());
            if (request.kpis() != null) next.kpis(MeasureRequests.kpis(request.kpis()));
            return next.build();
        }, currentCaller.get().username());
        return Response.ok(MeasureResponse.of(changed)).tag(MeasureVersions.etag(changed)).build();
    }

    /** Measures are never deleted: DELETE archives (history and events keep them). */
    @Operation(operationId = "archiveMeasure",
            summary = "归档改革举措（需 If-Match） / Archive a reform measure (If-Match required)")
    @APIResponse(responseCode = "200", description = "已归档 / archived",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MeasureResponse.class)))
    @DELETE
    @Path("/{programme}/{code}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public Response archive(@PathParam("programme") String programme, @PathParam("code") String code,
                            @HeaderParam("If-Match") @Parameter(required = true, description = MeasureVersions.IF_MATCH) String ifMatch) {
        MeasureSnapshot archived = changeMeasure.archive(MeasureId.of(programme, code), MeasureVersions.expected(ifMatch),
                currentCaller.get().username());
        return Response.ok(MeasureResponse.of(archived)).tag(MeasureVersions.etag(archived)).build();
    }

    private static LocalDate date(String field, String value) {
        return org.reformhub.kernel.api.QueryDates.parse(field, value);
    }

    private MeasureSnapshot find(MeasureId id) {
        return measures.findByIdOptional(id).map(Measure::snapshot)
                .orElseThrow(() -> new RejectedException(new MeasureRejection.UnknownMeasure(id)));
    }
}
