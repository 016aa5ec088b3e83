package org.reformhub.console.appeal;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import org.reformhub.console.backend.Answers;
import org.reformhub.console.backend.AppealsApi;
import org.reformhub.console.backend.AppealReferenceApi;
import org.reformhub.console.backend.BackendProblem;
import org.reformhub.console.backend.ReferenceData;
import org.reformhub.console.shell.CurrentViewer;
import org.reformhub.console.shell.Forms;
import org.reformhub.console.shell.PageContext;
import org.reformhub.console.shell.Viewer;

/**
 * 反映诉求: an enterprise (or the office for it) files a difficulty in three steps — the questions, a page to check the
 * answers, filed once (the Idempotency-Key) with its file attached. Everything typed is kept on every way back.
 */
@Path("/app")
@Produces(MediaType.TEXT_HTML)
public class FilingPages {

    /** The form's labels, so that the error summary says which field each message is about. */
    static final Map<String, String> FIELD_LABELS = Map.of("enterpriseName", "企业名称", "contactPerson", "联系人",
            "phone", "联系电话", "email", "电子邮箱", "category", "诉求类别", "title", "诉求标题", "description", "具体情况",
            "district", "企业所在区", "uscc", "统一社会信用代码");
    @CheckedTemplate(basePath = "AppealPages")
    static class Templates {
        static native TemplateInstance newAppeal(PageContext page, FilingForm form, Map<String, String> errors, String summary,
                                                 Map<String, String> labels, List<AppealReferenceApi.Category> categories,
                                                 List<String> districts);

        static native TemplateInstance checkAppeal(PageContext page, FilingForm form, AppealsApi.Check check);

    }

    private final ReferenceData reference;
    private final CurrentViewer viewer;
    private final AppealsApi appeals;

    FilingPages(ReferenceData reference, CurrentViewer viewer, @RestClient AppealsApi appeals) {
        this.reference = reference;
        this.viewer = viewer;
        this.appeals = appeals;
    }

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

    private TemplateInstance form(FilingForm form, Map<String, String> errors, String summary) {
        List<AppealReferenceApi.Category> categories = reference.categories().stream().filter(AppealReferenceApi.Category::active)
                .toList();
        return Templates.newAppeal(PageContext.of("反映诉求", viewer.get(), "/app/appeals/new"), form, errors, summary,
                FIELD_LABELS, categories, reference.districtNames());
    }
}
