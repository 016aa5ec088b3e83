package org.reformhub.console.appeal;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import org.reformhub.console.backend.AppealDetail;
import org.reformhub.console.backend.AppealsApi;
import org.reformhub.console.backend.AppealReferenceApi;
import org.reformhub.console.backend.ReferenceData;
import org.reformhub.console.backend.RegistryApi;
import org.reformhub.console.shell.Choice;
import org.reformhub.console.shell.CurrentViewer;
import org.reformhub.console.shell.Forms;
import org.reformhub.console.shell.PageContext;
import org.reformhub.console.shell.Viewer;

/**
 * A case's page and what its forms come back to: the case with what just happened, or the case again with each error
 * beside its field and what was typed kept. Shared by the case's own forms ({@link AppealPages},
 * {@link AppealStepForms}).
 */
@jakarta.enterprise.context.RequestScoped
public class CasePage {

    @CheckedTemplate(basePath = "AppealPages")
    static class Templates {
        static native TemplateInstance appeal(PageContext page, AppealDetail appeal, boolean filed, String done,
                                              AppealActions actions, Map<String, String> errors, Map<String, String> typed,
                                              List<RegistryApi.Department> departments, List<Choice> outcomes,
                                              List<Choice> ratings, List<AppealsApi.Attachment> attachments,
                                              List<AppealsApi.Similar> similar, List<AppealsApi.Note> notes,
                                              List<AppealReferenceApi.ReplyTemplate> templates, List<String> districts,
                                              List<Choice> followUpScores, List<Choice> followUpChannels);
    }

    private final ReferenceData reference;
    private final CurrentViewer viewer;
    private final AppealsApi appeals;
    private final AppealReferenceApi appealReference;

    CasePage(ReferenceData reference, CurrentViewer viewer, @RestClient AppealsApi appeals,
             @RestClient AppealReferenceApi appealReference) {
        this.reference = reference;
        this.viewer = viewer;
        this.appeals = appeals;
        this.appealReference = appealReference;
    }

    /** Calls the service; done: back to the case with what happened, refused: the case again with the errors. */
    Response act(String caseNumber, String done, Map<String, String> typed,
                         java.util.function.Supplier<Response> call) {
        return act(caseNumber, done, typed, call, Map.of());
    }

    /**
     * As above; {@code fields} renames the service's field names to this page's (several forms on one page each have
     * a reason field of their own, so the error shows beside the right one).
     */
    Response act(String caseNumber, String done, Map<String, String> typed,
                         java.util.function.Supplier<Response> call, Map<String, String> fields) {
        return Forms.afterPost(call, "/app/appeals/" + caseNumber + "?done=" + done, errors -> {
            Map<String, String> renamed = new java.util.LinkedHashMap<>();
            errors.forEach((field, message) -> renamed.put(fields.getOrDefault(field, field), message));
            return appealPage(caseNumber, false, null, renamed, typed);
        });
    }

    TemplateInstance appealPage(String caseNumber, boolean filed, String done, Map<String, String> errors,
                                        Map<String, String> typed) {
        AppealDetail appeal = appeals.appeal(checked(caseNumber));
        Viewer who = viewer.get();
        AppealActions actions = AppealActions.of(who, appeal);
        List<RegistryApi.Department> units = actions.assign()
                ? reference.departments() : List.of();
        List<AppealsApi.Similar> similar = actions.merge()
                ? appeals.similar(caseNumber).items().stream().filter(c -> !c.caseNumber().equals(caseNumber)).toList()
                : List.of();
        List<AppealsApi.Note> notes = who.isEnterprise() ? List.of() : appeals.notes(caseNumber).items();
        List<AppealReferenceApi.ReplyTemplate> templates = actions.answer() ? appealReference.replyTemplates(appeal.matter().category()).items() : List.of();
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

    static String checked(String caseNumber) {
        if (caseNumber == null || !caseNumber.matches("ZTC-\\d{6}-\\d{5}")) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        return caseNumber;
    }
}
