package org.reformhub.appeals.appeal.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.reformhub.appeals.appeal.application.AppealWorkflow;
import org.reformhub.appeals.appeal.domain.Appeal;
import org.reformhub.appeals.appeal.domain.Rating;
import org.reformhub.appeals.district.application.Districts;
import org.reformhub.kernel.security.CurrentCaller;
import org.reformhub.kernel.security.Roles;

import static org.reformhub.appeals.appeal.api.AppealRequests.*;
import static org.reformhub.appeals.appeal.api.AppealResource.CASE;

/**
 * A case's workflow steps: the supervision office (the city's, or the case's district office) accepts, rejects,
 * assigns, extends, merges, hands to a district or takes up; the lead handling unit answers or sends back; the
 * enterprise rates and the office records a follow-up rating. Each answers the case as it now stands.
 */
@Path("/appeals")
@Tag(name = "Appeal Resource")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AppealWorkflowResource {

    private final AppealWorkflow workflow;
    private final CurrentCaller currentCaller;
    private final Districts districts;

    public AppealWorkflowResource(AppealWorkflow workflow, CurrentCaller currentCaller, Districts districts) {
        this.workflow = workflow;
        this.currentCaller = currentCaller;
        this.districts = districts;
    }

    @Operation(operationId = "acceptAppeal", summary = "受理诉求 / Accept an appeal")
    @POST
    @Path("/{case}/accept")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.SUPERVISOR, Roles.DISTRICT, Roles.ADMIN})
    public AppealResponse accept(@PathParam("case") @Pattern(regexp = CASE) String caseNumber) {
        return respond(workflow.accept(currentCaller.get(), caseNumber));
    }

    @Operation(operationId = "rejectAppeal", summary = "不予受理 / Reject an appeal")
    @POST
    @Path("/{case}/reject")
    @RolesAllowed({Roles.SUPERVISOR, Roles.DISTRICT, Roles.ADMIN})
    public AppealResponse reject(@PathParam("case") @Pattern(regexp = CASE) String caseNumber,
                                 @NotNull @Valid ReasonRequest request) {
        return respond(workflow.reject(currentCaller.get(), caseNumber, request.reason()));
    }

    /** 交办: the first receiving unit leads (首接负责). */
    @Operation(operationId = "assignAppeal", summary = "交办承办单位（首接负责） / Assign an appeal to its handling units")
    @POST
    @Path("/{case}/assign")
    @RolesAllowed({Roles.SUPERVISOR, Roles.DISTRICT, Roles.ADMIN})
    public AppealResponse assign(@PathParam("case") @Pattern(regexp = CASE) String caseNumber,
                                 @NotNull @Valid AssignRequest request) {
        return respond(workflow.assign(currentCaller.get(), caseNumber, request.leadUnit(),
                request.cooperatingUnits() == null ? List.of() : request.cooperatingUnits()));
    }

    @Operation(operationId = "sendAppealBack", summary = "退回（非本单位职责） / Send an appeal back (not this unit's matter)")
    @POST
    @Path("/{case}/send-back")
    @RolesAllowed(Roles.DEPARTMENT)
    public AppealResponse sendBack(@PathParam("case") @Pattern(regexp = CASE) String caseNumber,
                                   @NotNull @Valid ReasonRequest request) {
        return respond(workflow.sendBack(currentCaller.get(), caseNumber, request.reason()));
    }

    @Operation(operationId = "answerAppeal", summary = "承办单位答复诉求 / Answer an appeal (lead handling unit)")
    @POST
    @Path("/{case}/answer")
    @RolesAllowed(Roles.DEPARTMENT)
    public AppealResponse answer(@PathParam("case") @Pattern(regexp = CASE) String caseNumber,
                                 @NotNull @Valid AnswerRequest request) {
        return respond(workflow.answer(currentCaller.get(), caseNumber, request.outcome(), request.answer(),
                request.committedDate()));
    }

    @Operation(operationId = "rateAppeal", summary = "企业评价答复 / Rate the answer (the enterprise)")
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
    @Operation(operationId = "recordFollowUpRating",
            summary = "记录电话回访的满意度评价 / Record the satisfaction rating of a follow-up call")
    @POST
    @Path("/{case}/follow-up-rating")
    @RolesAllowed({Roles.SUPERVISOR, Roles.DISTRICT, Roles.ADMIN})
    public AppealResponse followUpRating(@PathParam("case") @Pattern(regexp = CASE) String caseNumber,
                                         @NotNull @Valid FollowUpRatingRequest request) {
        return respond(workflow.followUpRating(currentCaller.get(), caseNumber, Rating.ofScore(request.score()),
                request.channel(), request.comment(), request.calledBy().strip()));
    }

    /** The city office hands an open case to a district's office (交县区办理); the case's district becomes that one. */
    @Operation(operationId = "handAppealToDistrict", summary = "交县区办理 / Hand an appeal to a district")
    @POST
    @Path("/{case}/hand-to-district")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public AppealResponse handToDistrict(@PathParam("case") @Pattern(regexp = CASE) String caseNumber,
                                         @NotNull @Valid HandToDistrictRequest request) {
        return respond(workflow.handToDistrict(currentCaller.get(), caseNumber, request.district(), request.reason()));
    }

    /** 提级办理: the city office takes an open case up; the district's office still sees it but no longer handles it. */
    @Operation(operationId = "takeUpAppeal", summary = "提级由市办理 / Take an appeal up to the city")
    @POST
    @Path("/{case}/take-up")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public AppealResponse takeUp(@PathParam("case") @Pattern(regexp = CASE) String caseNumber, @Valid TakeUpRequest request) {
        return respond(workflow.takeUp(currentCaller.get(), caseNumber, request == null ? null : request.reason()));
    }

    /** Merges this case, a duplicate, into {@code original}: it follows the original's answer. */
    @Operation(operationId = "mergeAppeal", summary = "合并重复诉求 / Merge a duplicate appeal into another")
    @POST
    @Path("/{case}/merge")
    @RolesAllowed({Roles.SUPERVISOR, Roles.DISTRICT, Roles.ADMIN})
    public AppealResponse merge(@PathParam("case") @Pattern(regexp = CASE) String caseNumber,
                                @NotNull @Valid MergeRequest request) {
        return respond(workflow.merge(currentCaller.get(), caseNumber, request.original()));
    }

    @Operation(operationId = "extendAppeal", summary = "延长办理时限 / Extend an appeal's time limit")
    @POST
    @Path("/{case}/extend")
    @RolesAllowed({Roles.SUPERVISOR, Roles.DISTRICT, Roles.ADMIN})
    public AppealResponse extend(@PathParam("case") @Pattern(regexp = CASE) String caseNumber,
                                 @NotNull @Valid ExtendRequest request) {
        return respond(workflow.extend(currentCaller.get(), caseNumber, request.dueDate(), request.reason()));
    }

    private AppealResponse respond(Appeal appeal) {
        return AppealResponse.of(appeal, true, districts.shortNames());
    }
}
