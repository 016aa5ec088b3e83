package org.reformhub.registry.measure.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.reformhub.kernel.problem.ProblemException;
import org.reformhub.kernel.security.Roles;
import org.reformhub.registry.measure.application.CreateMeasure;
import org.reformhub.registry.measure.domain.Deadline;
import org.reformhub.registry.measure.domain.MeasureList;
import org.reformhub.registry.measure.domain.MeasureSnapshot;
import org.reformhub.registry.measure.domain.ResponsibleUnit;
import org.reformhub.registry.measure.infrastructure.MeasureRepository;

@Path("/measures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeasureResource {

    public record UnitRequest(@NotBlank String code, @NotBlank String name) {
    }

    public record DeadlineRequest(@NotNull Deadline.Kind kind, LocalDate date) {
    }

    public record CreateMeasureRequest(
            @NotBlank @Pattern(regexp = "\\d+-\\d{2}", message = "编号格式应为 清单号-两位序号，如 1-01") String code,
            @NotNull MeasureList list,
            @NotBlank String domain,
            @NotBlank String title,
            @NotEmpty List<@Valid UnitRequest> leadUnits,
            List<@Valid UnitRequest> cooperatingUnits,
            @NotNull @Valid DeadlineRequest deadline) {
    }

    private final CreateMeasure createMeasure;
    private final MeasureRepository measures;

    public MeasureResource(CreateMeasure createMeasure, MeasureRepository measures) {
        this.createMeasure = createMeasure;
        this.measures = measures;
    }

    @POST
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public Response create(@NotNull @Valid CreateMeasureRequest request) {
        if (request.deadline().kind() == Deadline.Kind.DATE && request.deadline().date() == null) {
            throw ProblemException.invalid("完成时限为日期时必须给出日期",
                    List.of(new org.reformhub.kernel.problem.Problem.FieldError("deadline.date", "must not be null")));
        }
        MeasureSnapshot created = createMeasure.execute(new CreateMeasure.Command(request.code(), request.list(),
                request.domain(), request.title(), units(request.leadUnits()), units(request.cooperatingUnits()),
                new Deadline(request.deadline().kind(), request.deadline().date())));
        return Response.created(URI.create("measures/" + created.code())).entity(created).build();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.DEPARTMENT})
    public MeasureSnapshot get(@PathParam("code") String code) {
        return measures.findByIdOptional(code)
                .map(m -> m.snapshot())
                .orElseThrow(() -> ProblemException.notFound("改革举措 " + code + " 不存在"));
    }

    private static List<ResponsibleUnit> units(List<UnitRequest> requests) {
        return requests == null ? List.of() : requests.stream().map(u -> new ResponsibleUnit(u.code(), u.name())).toList();
    }
}
