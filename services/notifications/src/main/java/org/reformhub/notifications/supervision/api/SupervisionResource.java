package org.reformhub.notifications.supervision.api;

import java.net.URI;
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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import org.reformhub.kernel.api.Page;
import org.reformhub.kernel.api.PageRequest;
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

    @Operation(operationId = "issueSupervisionNotice", summary = "下发督办通知 / Issue a supervision notice")
    @APIResponse(responseCode = "201", description = "已下发 / issued",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SupervisionNotice.SupervisionNoticeView.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public Response issue(@Valid @NotNull IssueRequest request) {
        SupervisionNotice.SupervisionNoticeView notice = supervision.issue(new SuperviseUnits.Issue(request.subjectKind(), request.subjectRef(),
                request.dept(), request.reason(), request.replyDue()), currentCaller.get());
        return Response.created(URI.create("/api/notifications/supervision-notices/" + notice.id())).entity(notice).build();
    }

    @Operation(operationId = "listSupervisionNotices", summary = "列出督办通知 / List supervision notices")
    @GET
    public Page<SupervisionNotice.SupervisionNoticeView> list(@QueryParam("dept") @Pattern(regexp = DEPT) String dept,
            @QueryParam("page") @Min(0) @Max(10000) Integer page,
            @QueryParam("size") @Min(1) @Max(500) Integer size,
            @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(deprecated = true,
                    description = "旧名称，即第 0 页的 size / the former name of size, for page 0")
            @QueryParam("limit") @Min(1) @Max(500) Integer limit) {
        return supervision.list(dept, currentCaller.get(), PageRequest.of(page, size, limit, 50));
    }

    @Operation(operationId = "getSupervisionScorecard", summary = "督办情况统计 / Read the supervision scorecard")
    @GET
    @Path("/scorecard")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public List<SuperviseUnits.Scorecard> scorecard() {
        return supervision.scorecards();
    }

    @Operation(operationId = "getSupervisionNotice", summary = "读取一份督办通知 / Read a supervision notice")
    @GET
    @Path("/{id}")
    public SupervisionNotice.SupervisionNoticeView get(@PathParam("id") UUID id) {
        return supervision.find(id, currentCaller.get());
    }

    @Operation(operationId = "acknowledgeSupervisionNotice", summary = "签收督办通知 / Acknowledge a supervision notice")
    @POST
    @Path("/{id}/acknowledge")
    @Consumes(MediaType.WILDCARD)
    public SupervisionNotice.SupervisionNoticeView acknowledge(@PathParam("id") UUID id) {
        return supervision.acknowledge(id, currentCaller.get());
    }

    @Operation(operationId = "replyToSupervisionNotice", summary = "回复督办通知 / Reply to a supervision notice")
    @POST
    @Path("/{id}/reply")
    @Consumes(MediaType.APPLICATION_JSON)
    public SupervisionNotice.SupervisionNoticeView reply(@PathParam("id") UUID id, @Valid @NotNull ReplyRequest request) {
        return supervision.reply(id, request.reply(), currentCaller.get());
    }
}
