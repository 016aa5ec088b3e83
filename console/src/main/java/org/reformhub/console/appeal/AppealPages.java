package org.reformhub.console.appeal;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
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

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

import org.reformhub.console.backend.Answers;
import org.reformhub.console.backend.AppealsApi;
import org.reformhub.console.backend.BackendProblem;
import org.reformhub.console.backend.ReferenceData;
import org.reformhub.console.backend.RegistryApi;
import org.reformhub.console.shell.Choice;
import org.reformhub.console.shell.CurrentViewer;
import org.reformhub.console.shell.Forms;
import org.reformhub.console.shell.PageContext;
import org.reformhub.console.shell.Viewer;

/**
 * 企业直通车 in the browser: an enterprise files a difficulty, follows it and reads the answer; units and the
 * office see the cases they handle. Every main form works without JavaScript.
 */
@Path("/app")
@Produces(MediaType.TEXT_HTML)
public class AppealPages {

    /** The form's labels, so that the error summary says which field each message is about. */
    static final Map<String, String> FIELD_LABELS = Map.of("enterpriseName", "企业名称", "contactPerson", "联系人",
            "phone", "联系电话", "email", "电子邮箱", "category", "诉求类别", "title", "诉求标题", "description", "具体情况",
            "district", "企业所在区", "uscc", "统一社会信用代码");
    static final List<String> STATUSES = List.of("SUBMITTED", "ACCEPTED", "ASSIGNED", "SENT_BACK", "ANSWERED", "REOPENED",
            "CLOSED", "REJECTED", "MERGED");

    @CheckedTemplate(basePath = "AppealPages")
    static class Templates {
        static native TemplateInstance newAppeal(PageContext page, FilingForm form, Map<String, String> errors, String summary,
                                                 Map<String, String> labels, List<AppealsApi.Category> categories,
                                                 List<String> districts);

        static native TemplateInstance checkAppeal(PageContext page, FilingForm form, AppealsApi.Check check);

        static native TemplateInstance appeal(PageContext page, AppealsApi.AppealDetail appeal, boolean filed, String done,
                                              AppealActions actions, Map<String, String> errors, Map<String, String> typed,
                                              List<RegistryApi.Department> departments, List<Choice> outcomes,
                                              List<Choice> ratings, List<AppealsApi.Attachment> attachments,
                                              List<AppealsApi.Similar> similar, List<AppealsApi.Note> notes,
                                              List<AppealsApi.ReplyTemplate> templates, List<String> districts,
                                              List<Choice> followUpScores, List<Choice> followUpChannels);
    }

    @Inject
    ReferenceData reference;

    @Inject
    CurrentViewer viewer;

    @Inject
    @RestClient
    AppealsApi appeals;


    @GET
    @Path("/appeals/new")
    @RolesAllowed(Viewer.ENTERPRISE)
    public TemplateInstance newAppeal() {
        FilingForm form = FilingForm.empty();
        form.idempotencyKey = UUID.randomUUID().toString();
        return form(form, Map.of(), null);
    }

    /**
     * The question pages, one after another: each page's answers are checked by the service (which checks every rule
     * of filing, nothing filed) and only the errors of the pages seen so far are shown, on the earliest page that has
     * one; after the last page, the check-your-answers page with the time limit.
     */
    @POST
    @Path("/appeals/new/check")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Viewer.ENTERPRISE)
    public Response check(@BeanParam FilingForm form) throws java.io.IOException {
        keyOf(form);
        int step = form.getStepNumber();
        String attachmentError = FilingAttachment.take(form);
        if ("back".equals(form.go)) {
            return Response.ok(form(form.onStep(step - 1), Map.of(), null).render(), Forms.HTML).build();
        }
        try (Response answer = Answers.of(() -> appeals.check(form.filing()))) {
            if (answer.getStatus() / 100 == 2 && attachmentError == null) {
                if (step < form.getSteps()) {
                    return Response.ok(form(form.onStep(step + 1), Map.of(), null).render(), Forms.HTML).build();
                }
                AppealsApi.Check check = answer.readEntity(AppealsApi.Check.class);
                return Response.ok(Templates.checkAppeal(PageContext.of("核对诉求", viewer.get(), "/app/appeals/new"), form, check)
                        .render(), Forms.HTML).build();
            }
            return refusedFiling(form, answer.getStatus() / 100 == 2 ? null : answer, attachmentError, step);
        }
    }

    /** Back from the check page to a question page ({@code step}), everything typed (and the file chosen) kept. */
    @POST
    @Path("/appeals/new/edit")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Viewer.ENTERPRISE)
    public TemplateInstance edit(@BeanParam FilingForm form, @QueryParam("step") String step) {
        keyOf(form);
        form.step = step;
        return form(form.onStep(form.getStepNumber()), Map.of(), null);
    }

    /** Step three: filed once (the Idempotency-Key), then its file attached; a redirect to the confirmation. */
    @POST
    @Path("/appeals/new")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Viewer.ENTERPRISE)
    public Response file(@BeanParam FilingForm form) {
        String key = keyOf(form);
        try (Response answer = Answers.of(() -> appeals.file(key, form.filing()))) {
            if (answer.getStatus() == 201 || answer.getStatus() == 200) {
                String caseNumber = answer.readEntity(JsonNode.class).path("caseNumber").asText();
                boolean attached = FilingAttachment.attach(form, caseNumber, appeals);
                // after a post, a redirect: reloading the confirmation page never files again
                return Response.seeOther(URI.create("/app/appeals/" + caseNumber + "?filed=true"
                        + (attached ? "" : "&attachment=failed"))).build();
            }
            // nothing was filed: the next attempt is a new request with a key of its own
            form.idempotencyKey = UUID.randomUUID().toString();
            return refusedFiling(form, answer, null, form.getSteps());
        }
    }

    /**
     * The service's refusal shown on a question page: the errors of the pages up to {@code reached}, on the earliest
     * page that has one; errors of later pages wait until the person gets there (the next page, when there are none).
     */
    private Response refusedFiling(FilingForm form, Response answer, String attachmentError, int reached) {
        Map<String, String> all = new java.util.LinkedHashMap<>();
        String summary = null;
        if (answer != null) {
            if (answer.getStatus() >= 500 || answer.getStatus() == 401 || answer.getStatus() == 403) {
                throw new jakarta.ws.rs.WebApplicationException(answer.getStatus());
            }
            BackendProblem problem = BackendProblem.of(answer);
            all.putAll(problem.byField());
            summary = problem.errors() == null || problem.errors().isEmpty() ? problem.detail() : null;
        }
        if (attachmentError != null) {
            all.put("attachment", attachmentError);
        }
        java.util.OptionalInt seen = all.keySet().stream().mapToInt(FilingForm::stepOf).filter(n -> n >= 1 && n <= reached).min();
        boolean unplaced = summary != null || all.keySet().stream().anyMatch(f -> FilingForm.stepOf(f) == 0);
        if (seen.isEmpty() && !unplaced && reached < form.getSteps()) {
            // only questions of pages not yet seen are unanswered: on to the next page
            return Response.ok(form(form.onStep(reached + 1), Map.of(), null).render(), Forms.HTML).build();
        }
        int shown = seen.orElse(reached);
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        all.forEach((field, message) -> {
            int page = FilingForm.stepOf(field);
            if (page == shown) {
                errors.put(field, message);
            } else if (page == 0) {
                errors.put("action", message); // a rule about no field of the form (the account's USCC)
            }
        });
        return Forms.unprocessable(form(form.onStep(shown), errors, summary));
    }

    private static String keyOf(FilingForm form) {
        if (form.idempotencyKey == null || !form.idempotencyKey.matches("[0-9a-f-]{36}")) {
            form.idempotencyKey = UUID.randomUUID().toString();
        }
        return form.idempotencyKey;
    }

    @GET
    @Path("/appeals/{case}")
    @RolesAllowed({Viewer.ENTERPRISE, Viewer.DEPARTMENT, Viewer.SUPERVISOR, Viewer.DISTRICT, Viewer.ADMIN})
    public TemplateInstance appeal(@PathParam("case") String caseNumber, @QueryParam("filed") boolean filed,
                                   @QueryParam("done") String done, @QueryParam("attachment") String attachment,
                                   @QueryParam("template") String template) {
        String shown = "failed".equals(attachment) ? "attachment-failed" : done;
        // a chosen reply template fills the answer, to be fitted to the case before it is sent
        Map<String, String> typed = template == null || template.isBlank() ? Map.of() : Map.of("template", template);
        return appealPage(caseNumber, filed, shown != null && AppealActions.DONE.contains(shown) ? shown : null, Map.of(), typed);
    }

    /** 内部备注: a note for the office and the units on the case; the enterprise never sees it. */
    @POST
    @Path("/appeals/{case}/notes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Viewer.DEPARTMENT, Viewer.SUPERVISOR, Viewer.DISTRICT, Viewer.ADMIN})
    public Response note(@PathParam("case") String caseNumber, @RestForm String note) {
        return act(caseNumber, "noted", Forms.typed("note", note),
                () -> appeals.writeNote(checked(caseNumber), new AppealsApi.NoteText(Forms.blankToNull(note))),
                Map.of("body", "note"));
    }

    /** The office accepts a submitted case (受理). */
    @POST
    @Path("/appeals/{case}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Viewer.SUPERVISOR, Viewer.DISTRICT, Viewer.ADMIN})
    public Response accept(@PathParam("case") String caseNumber) {
        return act(caseNumber, "accepted", Map.of(), () -> appeals.accept(checked(caseNumber)));
    }

    /** The office hands the case to a lead unit (交办). */
    @POST
    @Path("/appeals/{case}/assign")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Viewer.SUPERVISOR, Viewer.DISTRICT, Viewer.ADMIN})
    public Response assign(@PathParam("case") String caseNumber, @RestForm String leadUnit) {
        return act(caseNumber, "assigned", Forms.typed("leadUnit", leadUnit),
                () -> appeals.assign(checked(caseNumber), new AppealsApi.Assignment(Forms.blankToNull(leadUnit), List.of())));
    }

    /** The office refuses a submitted case (不予受理), with the reason the enterprise is told. */
    @POST
    @Path("/appeals/{case}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Viewer.SUPERVISOR, Viewer.DISTRICT, Viewer.ADMIN})
    public Response reject(@PathParam("case") String caseNumber, @RestForm String rejectReason) {
        return act(caseNumber, "rejected", Forms.typed("rejectReason", rejectReason), () -> appeals.reject(checked(caseNumber),
                new AppealsApi.Reason(Forms.blankToNull(rejectReason))), Map.of("reason", "rejectReason"));
    }

    /** The lead unit sends a case back to the office (退回): not its duty, with the reason. */
    @POST
    @Path("/appeals/{case}/send-back")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Viewer.DEPARTMENT)
    public Response sendBack(@PathParam("case") String caseNumber, @RestForm String sendBackReason) {
        return act(caseNumber, "sent-back", Forms.typed("sendBackReason", sendBackReason), () -> appeals.sendBack(
                checked(caseNumber), new AppealsApi.Reason(Forms.blankToNull(sendBackReason))), Map.of("reason", "sendBackReason"));
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
            return Forms.unprocessable(appealPage(caseNumber, false, null,
                    Map.of("newDueDate", Forms.NOT_A_DATE), typed));
        }
        return act(caseNumber, "extended", typed, () -> appeals.extend(checked(caseNumber),
                new AppealsApi.Extension(date.value(), Forms.blankToNull(extendReason))),
                Map.of("reason", "extendReason", "dueDate", "newDueDate"));
    }

    /** The office merges a duplicate into the original case (合并): it follows the original's answer. */
    @POST
    @Path("/appeals/{case}/merge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Viewer.SUPERVISOR, Viewer.DISTRICT, Viewer.ADMIN})
    public Response merge(@PathParam("case") String caseNumber, @RestForm String original) {
        return act(caseNumber, "merged", Forms.typed("original", original), () -> appeals.merge(checked(caseNumber),
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
            return Forms.unprocessable(appealPage(caseNumber, false, null,
                    Map.of("committedDate", Forms.NOT_A_DATE), typed));
        }
        return act(caseNumber, "answered", typed, () -> appeals.answer(checked(caseNumber),
                new AppealsApi.Answer(Forms.blankToNull(outcome), Forms.blankToNull(answer), date.value())));
    }

    /** The enterprise rates the answer (评价); 不满意 and 非常不满意 send the case back to be handled again. */
    @POST
    @Path("/appeals/{case}/rate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Viewer.ENTERPRISE)
    public Response rate(@PathParam("case") String caseNumber, @RestForm String rating, @RestForm String comment) {
        return act(caseNumber, "rated", Forms.typed("rating", rating, "comment", comment),
                () -> appeals.rate(checked(caseNumber), new AppealsApi.Rating(Forms.blankToNull(rating), Forms.blankToNull(comment))));
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
        return act(caseNumber, "followed-up", typed, () -> appeals.followUpRating(checked(caseNumber), new AppealsApi.FollowUp(
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
        return act(caseNumber, "handed", Forms.typed("handToDistrict", handToDistrict, "handReason", handReason),
                () -> appeals.handToDistrict(checked(caseNumber), new AppealsApi.Handover(Forms.blankToNull(handToDistrict),
                        Forms.blankToNull(handReason))), Map.of("district", "handToDistrict", "reason", "handReason"));
    }

    /** 提级办理: the city office takes the case up from the district. */
    @POST
    @Path("/appeals/{case}/take-up")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Viewer.SUPERVISOR, Viewer.ADMIN})
    public Response takeUp(@PathParam("case") String caseNumber, @RestForm String takeUpReason) {
        return act(caseNumber, "taken-up", Forms.typed("takeUpReason", takeUpReason), () -> appeals.takeUp(checked(caseNumber),
                new AppealsApi.Reason(Forms.blankToNull(takeUpReason))), Map.of("reason", "takeUpReason"));
    }

    /** A file added to the case by anyone who may read it (the service checks the file and the person). */
    @POST
    @Path("/appeals/{case}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Viewer.ENTERPRISE, Viewer.DEPARTMENT, Viewer.SUPERVISOR, Viewer.DISTRICT, Viewer.ADMIN})
    public Response attach(@PathParam("case") String caseNumber,
                           @org.jboss.resteasy.reactive.RestForm("file") org.jboss.resteasy.reactive.multipart.FileUpload file)
            throws java.io.IOException {
        checked(caseNumber);
        FilingForm carried = new FilingForm();
        carried.attachment = file;
        String problem = FilingAttachment.take(carried);
        if (problem == null && carried.attachmentData == null) {
            problem = "请选择要上传的文件";
        }
        if (problem != null) {
            return Forms.unprocessable(appealPage(caseNumber, false, null, Map.of("file", problem), Map.of()));
        }
        return act(caseNumber, "attached", Map.of(), () -> FilingAttachment.send(carried, caseNumber, appeals));
    }

    @GET
    @Path("/appeals/{case}/attachments/{id}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Viewer.ENTERPRISE, Viewer.DEPARTMENT, Viewer.SUPERVISOR, Viewer.DISTRICT, Viewer.ADMIN})
    public Response attachment(@PathParam("case") String caseNumber, @PathParam("id") UUID id) {
        return org.reformhub.console.backend.Downloads.passThrough(appeals.attachment(checked(caseNumber), id));
    }

    /** Calls the service; done: back to the case with what happened, refused: the case again with the errors. */
    private Response act(String caseNumber, String done, Map<String, String> typed,
                         java.util.function.Supplier<Response> call) {
        return act(caseNumber, done, typed, call, Map.of());
    }

    /**
     * As above; {@code fields} renames the service's field names to this page's (several forms on one page each have
     * a reason field of their own, so the error shows beside the right one).
     */
    private Response act(String caseNumber, String done, Map<String, String> typed,
                         java.util.function.Supplier<Response> call, Map<String, String> fields) {
        return Forms.afterPost(call, "/app/appeals/" + caseNumber + "?done=" + done, errors -> {
            Map<String, String> renamed = new java.util.LinkedHashMap<>();
            errors.forEach((field, message) -> renamed.put(fields.getOrDefault(field, field), message));
            return appealPage(caseNumber, false, null, renamed, typed);
        });
    }

    private TemplateInstance appealPage(String caseNumber, boolean filed, String done, Map<String, String> errors,
                                        Map<String, String> typed) {
        AppealsApi.AppealDetail appeal = appeals.appeal(checked(caseNumber));
        Viewer who = viewer.get();
        AppealActions actions = AppealActions.of(who, appeal);
        List<RegistryApi.Department> units = actions.assign()
                ? reference.departments() : List.of();
        List<AppealsApi.Similar> similar = actions.merge()
                ? appeals.similar(caseNumber).items().stream().filter(c -> !c.caseNumber().equals(caseNumber)).toList()
                : List.of();
        List<AppealsApi.Note> notes = who.isEnterprise() ? List.of() : appeals.notes(caseNumber).items();
        List<AppealsApi.ReplyTemplate> templates = actions.answer() ? appeals.replyTemplates(appeal.category()).items() : List.of();
        Map<String, String> shown = new java.util.HashMap<>(typed);
        if (typed.containsKey("template") && !typed.containsKey("answer")) {
            templates.stream().filter(t -> t.id().toString().equals(typed.get("template"))).findFirst()
                    .ifPresent(t -> shown.put("answer", t.body()));
        }
        List<String> districts = actions.changeLevel() ? reference.districtNames() : List.of();
        return Templates.appeal(PageContext.of("诉求 " + caseNumber, who, ""), appeal, filed, done, actions, errors, shown,
                units, Choice.OUTCOMES, Choice.RATINGS, appeals.attachments(caseNumber).items(), similar, notes, templates,
                districts, Choice.FOLLOW_UP_SCORES, Choice.FOLLOW_UP_CHANNELS);
    }

    private static String checked(String caseNumber) {
        if (caseNumber == null || !caseNumber.matches("ZTC-\\d{6}-\\d{5}")) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        return caseNumber;
    }

    private TemplateInstance form(FilingForm form, Map<String, String> errors, String summary) {
        List<AppealsApi.Category> categories = reference.categories().stream().filter(AppealsApi.Category::active)
                .toList();
        return Templates.newAppeal(PageContext.of("反映诉求", viewer.get(), "/app/appeals/new"), form, errors, summary,
                FIELD_LABELS, categories, reference.districtNames());
    }
}
