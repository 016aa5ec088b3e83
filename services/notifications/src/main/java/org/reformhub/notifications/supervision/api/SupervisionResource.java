package org.reformhub.notifications.supervision.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.reformhub.kernel.api.Page;
import org.reformhub.kernel.security.CurrentCaller;
import org.reformhub.kernel.security.Roles;
import org.reformhub.notifications.supervision.application.SuperviseUnits;
import org.reformhub.notifications.supervision.domain.SupervisionNotice;
import org.reformhub.notifications.rule.domain.Recipient;

/** 督办单: issued by supervisors, acknowledged and answered by the unit, counted in each unit's scorecard. */
@Path("/supervision-notices")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.ADMIN})
public class SupervisionResource {

    static final String DEPT = Recipient.DEPARTMENT_CODE;

    /**
     * @param subjectRef a measure as {@code <programme>/<code>} (yshj-2020/1-03) or an appeal's case number
     */
    public record IssueRequest(@NotNull SupervisionNotice.SubjectKind subjectKind,
                               @NotBlank @Size(max = 60) @Pattern(regexp = "[A-Za-z0-9/_.-]+") String subjectRef,
                               @NotBlank @Pattern(regexp = DEPT) String dept,
                               @NotBlank @Size(max = 2000) String reason,
                               @NotNull LocalDate replyDue) {
    }

    public record ReplyRequest(@NotBlank @Size(max = 4000) String reply) {
    }

    private final SuperviseUnits supervision;
    private final CurrentCaller currentCaller;

    public SupervisionResource(SuperviseUnits supervision, CurrentCaller currentCaller) {
        this.supervision = supervision;
        this.currentCaller = currentCaller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public Response issue(@Valid @NotNull IssueRequest request) {
        SupervisionNotice.View notice = supervision.issue(new SuperviseUnits.Issue(request.subjectKind(), request.subjectRef(),
                request.dept(), request.reason(), request.replyDue()), currentCaller.get());
        return Response.status(Response.Status.CREATED).entity(notice).build();
    }

    @GET
    public Page<SupervisionNotice.View> list(@QueryParam("dept") @Pattern(regexp = DEPT) String dept,
                                             @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return supervision.list(dept, currentCaller.get(), limit);
    }

    @GET
    @Path("/scorecard")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public List<SuperviseUnits.Scorecard> scorecard() {
        return supervision.scorecards();
    }

    @GET
    @Path("/{id}")
    public SupervisionNotice.View get(@PathParam("id") UUID id) {
        return supervision.find(id, currentCaller.get());
    }

    @POST
    @Path("/{id}/acknowledge")
    @Consumes(MediaType.WILDCARD)
    public SupervisionNotice.View acknowledge(@PathParam("id") UUID id) {
        return supervision.acknowledge(id, currentCaller.get());
    }

    @POST
    @Path("/{id}/reply")
    @Consumes(MediaType.APPLICATION_JSON)
    public SupervisionNotice.View reply(@PathParam("id") UUID id, @Valid @NotNull ReplyRequest request) {
        return supervision.reply(id, request.reply(), currentCaller.get());
    }
}
