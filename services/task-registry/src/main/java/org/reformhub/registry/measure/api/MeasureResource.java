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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.reformhub.kernel.api.Page;
import org.reformhub.kernel.problem.Problem;
import org.reformhub.kernel.problem.ProblemException;
import org.reformhub.kernel.problem.ProblemType;
import org.reformhub.kernel.security.CurrentCaller;
import org.reformhub.kernel.security.Roles;
import org.reformhub.registry.department.application.DepartmentCatalogue;
import org.reformhub.registry.measure.api.MeasureRequests.CreateMeasureRequest;
import org.reformhub.registry.measure.api.MeasureRequests.PatchMeasureRequest;
import org.reformhub.registry.measure.application.ChangeMeasure;
import org.reformhub.registry.measure.application.CreateMeasure;
import org.reformhub.registry.measure.domain.Measure;
import org.reformhub.registry.measure.domain.MeasureChange;
import org.reformhub.registry.measure.domain.MeasureContent;
import org.reformhub.registry.measure.domain.MeasureSnapshot;
import org.reformhub.registry.measure.domain.ResponsibleUnit;
import org.reformhub.registry.measure.infrastructure.MeasureChangeRepository;
import org.reformhub.registry.measure.infrastructure.MeasureRepository;

/** Reform measures. Reads: every government role; writes: supervisors and admins; enterprises: none. */
@Path("/measures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeasureResource {


    public record History(String code, List<MeasureChange.Entry> entries) {
    }

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

    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.DEPARTMENT})
    public Page<MeasureSnapshot> list(@QueryParam("list") @Pattern(regexp = "REPLICATE|REFERENCE") String list,
                            @QueryParam("domain") String domain,
                            @QueryParam("dept") String dept,
                            @QueryParam("role") @Pattern(regexp = "lead|cooperating|any") String role,
                            @QueryParam("statedStatus") @Pattern(regexp = "COMPLETED|IN_PROGRESS|NOT_STATED") String statedStatus,
                            @QueryParam("deadlineBefore") @Pattern(regexp = ISO_DATE, message = "yyyy-MM-dd") String deadlineBefore,
                            @QueryParam("deadlineAfter") @Pattern(regexp = ISO_DATE, message = "yyyy-MM-dd") String deadlineAfter,
                            @QueryParam("q") String text,
                            @QueryParam("includeArchived") @DefaultValue("false") boolean includeArchived,
                            @QueryParam("sort") @DefaultValue("code") @Pattern(regexp = "-?(code|title|deadline|updatedAt|domain)") String sort,
                            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        boolean descending = sort.startsWith("-");
        Page<Measure> result = measures.search(new MeasureRepository.Search(list, domain, dept, role,
                statedStatus, date("deadlineBefore", deadlineBefore), date("deadlineAfter", deadlineAfter), text,
                includeArchived, descending ? sort.substring(1) : sort, descending, page, size));
        return new Page<>(result.items().stream().map(m -> m.snapshot()).toList(), result.total());
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.DEPARTMENT})
    public Response get(@PathParam("code") String code) {
        MeasureSnapshot measure = find(code);
        return Response.ok(measure).tag(etag(measure)).build();
    }

    @GET
    @Path("/{code}/history")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.DEPARTMENT})
    public History history(@PathParam("code") String code) {
        find(code);
        return new History(code, history.historyOf(code));
    }

    @POST
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public Response create(@NotNull @Valid CreateMeasureRequest request) {
        if (request.deadline().kind() == org.reformhub.registry.measure.domain.Deadline.Kind.DATE
                && request.deadline().date() == null) {
            throw ProblemException.invalid("完成时限为日期时必须给出日期",
                    List.of(new Problem.FieldError("deadline.date", "must not be null")));
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        List<ResponsibleUnit> lead = catalogue.units("leadUnits", MeasureRequests.codes(request.leadUnits()), errors);
        List<ResponsibleUnit> cooperating = catalogue.units("cooperatingUnits",
                MeasureRequests.codes(request.cooperatingUnits()), errors);
        DepartmentCatalogue.rejectIfAny(errors);
        MeasureContent content = new MeasureContent(request.list(), request.domain().strip(), request.title().strip(),
                request.practice(), request.originPlaces(), lead, cooperating, request.workItems(),
                request.deadline().toDeadline(), null, request.remark(), request.statedStatus(),
                MeasureRequests.kpis(request.kpis()));
        MeasureSnapshot created = createMeasure.execute(request.code(), content, currentCaller.get().username());
        return Response.created(URI.create("measures/" + created.code())).entity(created).tag(etag(created)).build();
    }

    @PATCH
    @Path("/{code}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public Response patch(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch,
                          @NotNull @Valid PatchMeasureRequest request) {
        long version = expectedVersion(ifMatch);
        List<Problem.FieldError> errors = new ArrayList<>();
        List<ResponsibleUnit> lead = request.leadUnits() == null ? null
                : catalogue.units("leadUnits", MeasureRequests.codes(request.leadUnits()), errors);
        List<ResponsibleUnit> cooperating = request.cooperatingUnits() == null ? null
                : catalogue.units("cooperatingUnits", MeasureRequests.codes(request.cooperatingUnits()), errors);
        DepartmentCatalogue.rejectIfAny(errors);
        MeasureSnapshot changed = changeMeasure.execute(code, version, old -> new MeasureContent(
                or(request.list(), old.list()), or(request.domain(), old.domain()), or(request.title(), old.title()),
                or(request.practice(), old.practice()), or(request.originPlaces(), old.originPlaces()),
                or(lead, old.leadUnits()), or(cooperating, old.cooperatingUnits()), or(request.workItems(), old.workItems()),
                request.deadline() == null ? old.deadline() : request.deadline().toDeadline(),
                request.deadline() == null ? old.deadlineText() : null,
                or(request.remark(), old.remark()), or(request.statedStatus(), old.statedStatus()),
                or(MeasureRequests.kpis(request.kpis()), old.kpis())), currentCaller.get().username());
        return Response.ok(changed).tag(etag(changed)).build();
    }

    /** Measures are never deleted: DELETE archives (history and events keep them). */
    @DELETE
    @Path("/{code}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public Response archive(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch) {
        MeasureSnapshot archived = changeMeasure.archive(code, expectedVersion(ifMatch), currentCaller.get().username());
        return Response.ok(archived).tag(etag(archived)).build();
    }

    /** Query parameters arrive as text so that a bad one is a 400 naming it, not JAX-RS's 404. */
    private static final String ISO_DATE = "\\d{4}-\\d{2}-\\d{2}";

    private static LocalDate date(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.invalid("日期无效", List.of(new Problem.FieldError(field, "not a date: " + value)));
        }
    }

    private MeasureSnapshot find(String code) {
        return measures.findByIdOptional(code).map(m -> m.snapshot())
                .orElseThrow(() -> ProblemException.notFound("改革举措 " + code + " 不存在"));
    }

    static EntityTag etag(MeasureSnapshot measure) {
        return new EntityTag(Long.toString(measure.version()));
    }

    private static long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED, "send the ETag you read in If-Match");
        }
        String value = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, "If-Match " + ifMatch + " is not an ETag of this measure");
        }
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
