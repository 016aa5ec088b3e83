package org.reformhub.console.supervision;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

import org.reformhub.console.backend.NotificationsApi;
import org.reformhub.console.backend.ReferenceData;
import org.reformhub.console.backend.RegistryApi;
import org.reformhub.console.shell.CurrentViewer;
import org.reformhub.console.shell.Forms;
import org.reformhub.console.shell.PageContext;
import org.reformhub.console.shell.Viewer;

/**
 * {@code /app/supervision}: 督办单. The office issues one to a unit about a measure or a case, with a reply date; the
 * unit signs for it and replies; one left unanswered past its date is escalated by the service. The office sees every
 * notice, a unit its own (the service decides which).
 */
@Path("/app/supervision")
@Produces(MediaType.TEXT_HTML)
public class SupervisionPages {

    static final Map<String, String> FIELD_LABELS = Map.of("subjectKind", "督办事项类型", "subjectRef", "督办事项",
            "dept", "责任单位", "reason", "督办事由", "replyDue", "回复期限", "reply", "回复内容");

    @CheckedTemplate(basePath = "SupervisionPages")
    static class Templates {
        static native TemplateInstance notices(PageContext page, List<NotificationsApi.Notice> notices,
                                               List<RegistryApi.Department> units, Map<String, String> typed,
                                               Map<String, String> errors, Map<String, String> labels);

        static native TemplateInstance notice(PageContext page, NotificationsApi.Notice notice, String done,
                                              Map<String, String> typed, Map<String, String> errors,
                                              Map<String, String> labels);
    }

    private final ReferenceData reference;
    private final CurrentViewer viewer;
    private final NotificationsApi notifications;

    SupervisionPages(ReferenceData reference, CurrentViewer viewer, @RestClient NotificationsApi notifications) {
        this.reference = reference;
        this.viewer = viewer;
        this.notifications = notifications;
    }

    @GET
    @RolesAllowed({Viewer.DEPARTMENT, Viewer.SUPERVISOR, Viewer.ADMIN})
    public TemplateInstance notices(@QueryParam("subjectKind") String kind, @QueryParam("subjectRef") String ref,
                                    @QueryParam("dept") String dept) {
        // a measure's or a case's page links here with the subject filled in
        return list(Forms.typed("subjectKind", kind, "subjectRef", ref, "dept", dept), Map.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Viewer.SUPERVISOR, Viewer.ADMIN})
    public Response issue(@RestForm String subjectKind, @RestForm String subjectRef, @RestForm String dept,
                          @RestForm String reason, @RestForm String replyDue) {
        Map<String, String> typed = Forms.typed("subjectKind", subjectKind, "subjectRef", subjectRef, "dept", dept,
                "reason", reason, "replyDue", replyDue);
        Forms.DateInput due = Forms.DateInput.of(replyDue);
        if (due.invalid()) {
            return Forms.unprocessable(list(typed, Map.of("replyDue", Forms.NOT_A_DATE)));
        }
        return Forms.afterCreate(() -> notifications.issue(new NotificationsApi.NewNotice(Forms.blankToNull(subjectKind),
                        Forms.blankToNull(subjectRef), Forms.blankToNull(dept), Forms.blankToNull(reason), due.value())),
                created -> "/app/supervision/" + created.path("id").asText() + "?done=issued", errors -> list(typed, errors));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Viewer.DEPARTMENT, Viewer.SUPERVISOR, Viewer.ADMIN})
    public TemplateInstance notice(@PathParam("id") UUID id, @QueryParam("done") String done) {
        return page(id, done != null && List.of("issued", "acknowledged", "replied").contains(done) ? done : null,
                Map.of(), Map.of());
    }

    @POST
    @Path("/{id}/acknowledge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Viewer.DEPARTMENT)
    public Response acknowledge(@PathParam("id") UUID id) {
        return act(id, "acknowledged", Map.of(), () -> notifications.acknowledge(id));
    }

    @POST
    @Path("/{id}/reply")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Viewer.DEPARTMENT)
    public Response reply(@PathParam("id") UUID id, @RestForm String reply) {
        return act(id, "replied", Forms.typed("reply", reply),
                () -> notifications.reply(id, new NotificationsApi.Reply(Forms.blankToNull(reply))));
    }

    private Response act(UUID id, String done, Map<String, String> typed, Supplier<Response> call) {
        return Forms.afterPost(call, "/app/supervision/" + id + "?done=" + done, errors -> page(id, null, typed, errors));
    }

    private TemplateInstance list(Map<String, String> typed, Map<String, String> errors) {
        Viewer who = viewer.get();
        List<RegistryApi.Department> units = who.isSupervisor()
                ? reference.departments() : List.of();
        return Templates.notices(PageContext.of(who.isSupervisor() ? "督办" : "督办单", who, "/app/supervision"),
                notifications.notices(200).items(), units, typed, errors, FIELD_LABELS);
    }

    private TemplateInstance page(UUID id, String done, Map<String, String> typed, Map<String, String> errors) {
        NotificationsApi.Notice notice = notifications.notice(id);
        return Templates.notice(PageContext.of("督办单 " + notice.number(), viewer.get(), "/app/supervision"), notice, done,
                typed, errors, FIELD_LABELS);
    }
}
