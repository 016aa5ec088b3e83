package org.reformhub.console.session;

import java.util.Arrays;
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

import org.reformhub.console.backend.AppealSessionsApi;
import org.reformhub.console.backend.Downloads;
import org.reformhub.console.backend.ReferenceData;
import org.reformhub.console.backend.RegistryApi;
import org.reformhub.console.shell.Forms;
import org.reformhub.console.shell.CurrentViewer;
import org.reformhub.console.shell.PageContext;
import org.reformhub.console.shell.Viewer;

/**
 * {@code /app/sessions}: the monthly face-to-face sessions (每月面对面). The office plans one (the service proposes
 * the agenda from open cases: supervised, overdue, reopened first), records a decision per case at the table (solved
 * on the spot, or a time limit set for a unit), closes it with a summary, and downloads the minutes (.docx).
 */
@Path("/app/sessions")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Viewer.SUPERVISOR, Viewer.DISTRICT, Viewer.ADMIN})
public class SessionPages {

    static final Map<String, String> FIELD_LABELS = Map.ofEntries(Map.entry("heldOn", "会议日期"), Map.entry("level", "层级"),
            Map.entry("title", "会议名称"), Map.entry("hosts", "主持领导"), Map.entry("units", "参会单位"),
            Map.entry("outcome", "议定结果"), Map.entry("unit", "承办单位"), Map.entry("note", "议定内容"),
            Map.entry("committedDate", "办结时限"), Map.entry("summary", "会议小结"), Map.entry("place", "会议地点"),
            Map.entry("present", "参会情况"));

    @CheckedTemplate(basePath = "SessionPages")
    static class Templates {
        static native TemplateInstance sessions(PageContext page, List<AppealSessionsApi.Session> sessions, List<String> levels,
                                                List<RegistryApi.Department> units, Map<String, String> typed,
                                                Map<String, String> errors, Map<String, String> labels);

        static native TemplateInstance session(PageContext page, AppealSessionsApi.Session session, String done,
                                               List<RegistryApi.Department> units, Map<String, String> typed,
                                               Map<String, String> errors, Map<String, String> labels);
    }

    private final ReferenceData reference;
    private final CurrentViewer viewer;
    private final AppealSessionsApi appealSessions;

    SessionPages(ReferenceData reference, CurrentViewer viewer, @RestClient AppealSessionsApi appealSessions) {
        this.reference = reference;
        this.viewer = viewer;
        this.appealSessions = appealSessions;
    }

    @GET
    public TemplateInstance sessions() {
        return list(Map.of(), Map.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response plan(@RestForm String heldOn, @RestForm String level, @RestForm String monthly, @RestForm String title,
                         @RestForm String hosts, @RestForm("units") List<String> units) {
        Map<String, String> typed = Forms.typed("heldOn", heldOn, "level", level, "monthly", monthly == null ? "" : "on",
                "title", title, "hosts", hosts);
        Forms.DateInput date = Forms.DateInput.of(heldOn);
        if (date.invalid()) {
            return Forms.unprocessable(list(typed, Map.of("heldOn", Forms.NOT_A_DATE)));
        }
        List<String> hostNames = hosts == null ? List.of()
                : Arrays.stream(hosts.split("[,，、\\s]+")).map(String::strip).filter(h -> !h.isEmpty()).toList();
        return Forms.afterCreate(() -> appealSessions.planSession(new AppealSessionsApi.SessionPlan(date.value(), Forms.blankToNull(level),
                        monthly != null,
                        Forms.blankToNull(title), hostNames, units == null ? List.of() : units)),
                created -> "/app/sessions/" + created.path("id").asText() + "?done=planned", errors -> list(typed, errors));
    }

    @GET
    @Path("/{id}")
    public TemplateInstance session(@PathParam("id") UUID id, @QueryParam("done") String done) {
        return page(id, done != null && List.of("planned", "decided", "closed", "invited", "attendance").contains(done) ? done : null,
                Map.of(), Map.of());
    }

    /** One case decided at the table. */
    @POST
    @Path("/{id}/decisions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") UUID id, @RestForm String caseNumber, @RestForm String outcome,
                           @RestForm String unit, @RestForm String note, @RestForm String committedDate) {
        Map<String, String> typed = Forms.typed("caseNumber", caseNumber, "outcome", outcome, "unit", unit, "note", note,
                "committedDate", committedDate);
        Forms.DateInput date = Forms.DateInput.of(committedDate);
        if (date.invalid()) {
            return Forms.unprocessable(page(id, null, typed,
                    Map.of("committedDate", Forms.NOT_A_DATE)));
        }
        return act(id, "decided", typed, () -> appealSessions.decide(id, new AppealSessionsApi.Decision(Forms.blankToNull(caseNumber),
                Forms.blankToNull(outcome), Forms.blankToNull(unit), Forms.blankToNull(note), date.value())));
    }

    /** 联席会议: invitations to the agenda's enterprises and the handling units, with the place. */
    @POST
    @Path("/{id}/invitations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response invite(@PathParam("id") UUID id, @RestForm String place) {
        return act(id, "invited", Forms.typed("place", place),
                () -> appealSessions.inviteToSession(id, new AppealSessionsApi.Invitation(Forms.blankToNull(place))));
    }

    /** Who came: the ticked invitees (the others did not). */
    @POST
    @Path("/{id}/attendance")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response attendance(@PathParam("id") UUID id, @RestForm("present") List<String> present) {
        return act(id, "attendance", Map.of(), () -> appealSessions.recordAttendance(id,
                new AppealSessionsApi.Attendance(present == null ? List.of() : present)));
    }

    @POST
    @Path("/{id}/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response close(@PathParam("id") UUID id, @RestForm String summary) {
        return act(id, "closed", Forms.typed("summary", summary),
                () -> appealSessions.closeSession(id, new AppealSessionsApi.Summary(Forms.blankToNull(summary))));
    }

    @GET
    @Path("/{id}/minutes.docx")
    @Produces(MediaType.WILDCARD)
    public Response minutes(@PathParam("id") UUID id) {
        return Downloads.passThrough(appealSessions.minutes(id));
    }

    private Response act(UUID id, String done, Map<String, String> typed, Supplier<Response> call) {
        return Forms.afterPost(call, "/app/sessions/" + id + "?done=" + done, errors -> page(id, null, typed, errors));
    }

    private TemplateInstance list(Map<String, String> typed, Map<String, String> errors) {
        return Templates.sessions(PageContext.of("面对面", viewer.get(), "/app/sessions"), appealSessions.sessions(50).items(),
                levels(), units(), typed, errors, FIELD_LABELS);
    }

    /** 市 and every active district for the city office; a district office plans its own district's sessions only. */
    private List<String> levels() {
        Viewer who = viewer.get();
        if (who.isDistrictOffice()) {
            return who.districtName() == null ? List.of() : List.of(who.districtName());
        }
        List<String> levels = new java.util.ArrayList<>(List.of("市"));
        levels.addAll(reference.districtNames());
        return levels;
    }

    private TemplateInstance page(UUID id, String done, Map<String, String> typed, Map<String, String> errors) {
        AppealSessionsApi.Session session = appealSessions.session(id);
        Map<String, String> shown = new java.util.HashMap<>(typed);
        if (!shown.containsKey("place") && session.place() != null) {
            shown.put("place", session.place()); // the invitations' place, for sending them again
        }
        return Templates.session(PageContext.of(session.title(), viewer.get(), "/app/sessions"), session, done, units(),
                shown, errors, FIELD_LABELS);
    }

    private List<RegistryApi.Department> units() {
        return reference.departments();
    }

}
