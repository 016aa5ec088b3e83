package org.reformhub.progress.measure.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
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
import org.reformhub.kernel.problem.rest.ProblemException;
import org.reformhub.kernel.security.CurrentCaller;
import org.reformhub.kernel.security.Roles;
import org.reformhub.progress.measure.application.MeasureStanding;
import org.reformhub.progress.measure.application.TrackMeasures;
import org.reformhub.progress.measure.domain.KpiDefinition;
import org.reformhub.progress.measure.domain.MeasureAssessment;
import org.reformhub.progress.measure.domain.OfficialStatus;
import org.reformhub.progress.measure.domain.RegisteredMeasure;
import org.reformhub.progress.measure.domain.TrackedMeasure;
import org.reformhub.progress.measure.infrastructure.TrackedMeasureRepository;
import org.reformhub.kernel.city.ProgrammeCode;

import static org.reformhub.progress.ProgressTexts.text;

/**
 * The measures this service tracks (its read model of the registry): a department sees those it is
 * responsible for, supervisors and admins all of them.
 */
@Path("/measures")
@Produces(MediaType.APPLICATION_JSON)
public class TrackedMeasureResource {

    /** A tracked measure as this API shows it. */
    public record TrackedMeasureResponse(String programme, String code, String title, String domain,
                                         List<String> leadUnits, List<String> cooperatingUnits, int workItems,
                                         String deadlineKind, @Schema(nullable = true) LocalDate deadlineDate, String statedStatus,
                                         long registryVersion) {
        static TrackedMeasureResponse of(RegisteredMeasure m) {
            return new TrackedMeasureResponse(m.programme(), m.code(), m.title(), m.area(),
                    m.leadUnits().stream().map(RegisteredMeasure.Unit::code).toList(),
                    m.cooperatingUnits().stream().map(RegisteredMeasure.Unit::code).toList(), m.workItems().size(),
                    m.deadlineKind(), m.deadlineDate(), m.statedStatus(), m.version());
        }
    }

    /** One measure: what the registry says, its official status, and its derived state with the reasons. */
    public record MeasureDetail(TrackedMeasureResponse measure, List<String> workItems, List<KpiDefinition> kpis,
                                OfficialStatus official, MeasureAssessment assessment) {
    }

    private final TrackedMeasureRepository measures;
    private final TrackMeasures trackMeasures;
    private final MeasureStanding standing;
    private final CurrentCaller currentCaller;

    public TrackedMeasureResource(TrackedMeasureRepository measures, TrackMeasures trackMeasures, MeasureStanding standing,
                                  CurrentCaller currentCaller) {
        this.measures = measures;
        this.trackMeasures = trackMeasures;
        this.standing = standing;
        this.currentCaller = currentCaller;
    }

    @Operation(operationId = "getTrackedMeasure", summary = "读取一项改革举措的进展 / Read a reform measure's progress")
    @GET
    @Path("/{programme}/{code}")
    @jakarta.transaction.Transactional
    @RolesAllowed({Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.ADMIN})
    public MeasureDetail get(@PathParam("programme") @Pattern(regexp = ProgrammeCode.PATTERN) String programme,
                             @PathParam("code") @Pattern(regexp = "\\d{1,2}-\\d{2,3}") String code) {
        MeasureAssessment assessment = standing.assessment(programme, code);
        TrackedMeasure measure = trackMeasures.require(programme, code, false);
        RegisteredMeasure registered = measure.asRegistered();
        var caller = currentCaller.get();
        if (!caller.seesEverything() && !caller.dept().map(registered::isResponsible).orElse(false)) {
            throw ProblemException.forbidden(text("measure.own-unit-only"));
        }
        return new MeasureDetail(TrackedMeasureResponse.of(registered), registered.workItems(), registered.kpis(),
                measure.official().orElse(null), assessment);
    }

    @Operation(operationId = "listTrackedMeasures", summary = "查询跟踪中的改革举措 / Search the tracked reform measures")
    @GET
    @RolesAllowed({Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.ADMIN})
    @jakarta.transaction.Transactional
    public Page<TrackedMeasureResponse> list(
            @QueryParam("programme") @Pattern(regexp = ProgrammeCode.PATTERN) String programme,
            @QueryParam("dept") @Size(max = 50) String dept,
            @QueryParam("page") @Min(0) @Max(10000) Integer page,
            @QueryParam("size") @Min(1) @Max(1000) Integer size,
            @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(deprecated = true,
                    description = "旧名称，即第 0 页的 size / the former name of size, for page 0")
            @QueryParam("limit") @Min(1) @Max(1000) Integer limit) {
        String department = currentCaller.departmentScope(dept).orElse(null);
        PageRequest asked = PageRequest.of(page, size, limit, 200);
        List<TrackedMeasureResponse> items = measures.inForce(programme, department, asked.through()).stream()
                .map(TrackedMeasure::asRegistered).map(TrackedMeasureResponse::of).toList();
        return asked.of(items, measures.countInForce(programme, department));
    }
}
