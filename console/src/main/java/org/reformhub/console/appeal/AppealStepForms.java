package org.reformhub.console.appeal;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

import org.reformhub.console.backend.AppealsApi;
import org.reformhub.console.shell.Forms;
import org.reformhub.console.shell.Viewer;

/**
 * The forms of a case's workflow, each one step: the office accepts, assigns, rejects, extends, merges, hands to a
 * district or takes up; the lead unit answers or sends back; the enterprise rates; the office records a follow-up.
 */
@Path("/app")
@Produces(MediaType.TEXT_HTML)
public class AppealStepForms {

    private final CasePage page;
    private final AppealsApi appeals;

    AppealStepForms(CasePage page, @RestClient AppealsApi appeals) {
        this.page = page;
        this.appeals = appeals;
    }

    /** The office accepts a submitted case (受理). */
    @POST
    @Path("/appeals/{case}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Viewer.SUPERVISOR, Viewer.DISTRICT, Viewer.ADMIN})
    public Response accept(@PathParam("case") String caseNumber) {
        return page.act(caseNumber, "accepted", Map.of(), () -> appeals.accept(CasePage.checked(caseNumber)));
    }

    /** The office hands the case to a lead unit (交办). */
    @POST
    @Path("/appeals/{case}/assign")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Viewer.SUPERVISOR, Viewer.DISTRICT, Viewer.ADMIN})
    public Response assign(@PathParam("case") String caseNumber, @RestForm String leadUnit) {
        return page.act(caseNumber, "assigned", Forms.typed("leadUnit", leadUnit),
                () -> appeals.assign(CasePage.checked(caseNumber), new AppealsApi.Assignment(Forms.blankToNull(leadUnit), List.of())));
    }

    /** The office refuses a submitted case (不予受理), with the reason the enterprise is told. */
    @POST
    @Path("/appeals/{case}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Viewer.SUPERVISOR, Viewer.DISTRICT, Viewer.ADMIN})
    public Response reject(@PathParam("case") String caseNumber, @RestForm String rejectReason) {
        return page.act(caseNumber, "rejected", Forms.typed("rejectReason", rejectReason), () -> appeals.reject(CasePage.checked(caseNumber),
                new AppealsApi.Reason(Forms.blankToNull(rejectReason))), Map.of("reason", "rejectReason"));
    }

    /** The lead unit sends a case back to the office (退回): not its duty, with the reason. */
    @POST
    @Path("/appeals/{case}/send-back")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Viewer.DEPARTMENT)
    public Response sendBack(@PathParam("case") String caseNumber, @RestForm String sendBackReason) {
        return page.act(caseNumber, "sent-back", Forms.typed("sendBackReason", sendBackReason), () -> appeals.sendBack(
                CasePage.checked(caseNumber), new AppealsApi.Reason(Forms.blankToNull(sendBackReason))), Map.of("reason", "sendBackReason"));
    }

    /** The office extends the time limit (延期), with the reason kept in the timeline. */
    @POST
    @Path("/appeals/{case}/extend")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Viewer.SUPERVISOR, Viewer.DISTRICT, Viewer.ADMIN})
    public Response extend(@PathParam("case") String caseNumber, @RestForm String newDueDate, @RestForm String extendReason) {
        Map<String, String> typed = Forms.typed("newDueDate", newDueDate, "extendReason", extendReason);
        Forms.DateInput date = Forms.DateInput.of(newDueDate);
        if (date.value() == null) {
            return Forms.unprocessable(page.appealPage(caseNumber, false, null,
                    Map.of("newDueDate", Forms.NOT_A_DATE), typed));
        }
        return page.act(caseNumber, "extended", typed, () -> appeals.extend(CasePage.checked(caseNumber),
                new AppealsApi.Extension(date.value(), Forms.blankToNull(extendReason))),
                Map.of("reason", "extendReason", "dueDate", "newDueDate"));
    }

    /** The office merges a duplicate into the original case (合并): it follows the original's answer. */
    @POST
    @Path("/appeals/{case}/merge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Viewer.SUPERVISOR, Viewer.DISTRICT, Viewer.ADMIN})
    public Response merge(@PathParam("case") String caseNumber, @RestForm String original) {
        return page.act(caseNumber, "merged", Forms.typed("original", original), () -> appeals.merge(CasePage.checked(caseNumber),
                new AppealsApi.Original(Forms.blankToNull(original))), Map.of());
    }

    /** The lead unit answers (答复), with a committed date when the matter cannot be resolved now. */
    @POST
    @Path("/appeals/{case}/answer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Viewer.DEPARTMENT)
    public Response answer(@PathParam("case") String caseNumber, @RestForm String outcome, @RestForm String answer,
                           @RestForm String committedDate) {
        Map<String, String> typed = Forms.typed("outcome", outcome, "answer", answer, "committedDate", committedDate);
        Forms.DateInput date = Forms.DateInput.of(committedDate);
        if (date.invalid()) {
            return Forms.unprocessable(page.appealPage(caseNumber, false, null,
                    Map.of("committedDate", Forms.NOT_A_DATE), typed));
        }
        return page.act(caseNumber, "answered", typed, () -> appeals.answer(CasePage.checked(caseNumber),
                new AppealsApi.Answer(Forms.blankToNull(outcome), Forms.blankToNull(answer), date.value())));
    }

    /** The enterprise rates the answer (评价); 不满意 and 非常不满意 send the case back to be handled again. */
    @POST
    @Path("/appeals/{case}/rate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Viewer.ENTERPRISE)
    public Response rate(@PathParam("case") String caseNumber, @RestForm String rating, @RestForm String comment) {
        return page.act(caseNumber, "rated", Forms.typed("rating", rating, "comment", comment),
                () -> appeals.rate(CasePage.checked(caseNumber), new AppealsApi.Rating(Forms.blankToNull(rating), Forms.blankToNull(comment))));
    }

    /** 回访: the office records the score the enterprise gave when called about the answer. */
    @POST
    @Path("/appeals/{case}/follow-up-rating")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Viewer.SUPERVISOR, Viewer.DISTRICT, Viewer.ADMIN})
    public Response followUpRating(@PathParam("case") String caseNumber, @RestForm String score,
                                   @RestForm String followUpChannel, @RestForm String followUpComment, @RestForm String calledBy) {
        Map<String, String> typed = Forms.typed("score", score, "followUpChannel", followUpChannel,
                "followUpComment", followUpComment, "calledBy", calledBy);
        Integer points = score != null && score.matches("[1-5]") ? Integer.valueOf(score) : null;
        return page.act(caseNumber, "followed-up", typed, () -> appeals.followUpRating(CasePage.checked(caseNumber), new AppealsApi.FollowUp(
                points, Forms.blankToNull(followUpChannel), Forms.blankToNull(followUpComment), Forms.blankToNull(calledBy))),
                Map.of("channel", "followUpChannel", "comment", "followUpComment"));
    }

    /** The city office hands the case to a district's office (交县区办理). */
    @POST
    @Path("/appeals/{case}/hand-to-district")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Viewer.SUPERVISOR, Viewer.ADMIN})
    public Response handToDistrict(@PathParam("case") String caseNumber, @RestForm String handToDistrict,
                                   @RestForm String handReason) {
        return page.act(caseNumber, "handed", Forms.typed("handToDistrict", handToDistrict, "handReason", handReason),
                () -> appeals.handToDistrict(CasePage.checked(caseNumber), new AppealsApi.Handover(Forms.blankToNull(handToDistrict),
                        Forms.blankToNull(handReason))), Map.of("district", "handToDistrict", "reason", "handReason"));
    }

    /** 提级办理: the city office takes the case up from the district. */
    @POST
    @Path("/appeals/{case}/take-up")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Viewer.SUPERVISOR, Viewer.ADMIN})
    public Response takeUp(@PathParam("case") String caseNumber, @RestForm String takeUpReason) {
        return page.act(caseNumber, "taken-up", Forms.typed("takeUpReason", takeUpReason), () -> appeals.takeUp(CasePage.checked(caseNumber),
                new AppealsApi.Reason(Forms.blankToNull(takeUpReason))), Map.of("reason", "takeUpReason"));
    }
}
