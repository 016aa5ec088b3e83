package org.reformhub.appeals.session.api;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import org.reformhub.kernel.api.Page;
import org.reformhub.kernel.api.PageRequest;
import org.reformhub.kernel.file.store.AttachmentStore;
import org.reformhub.kernel.security.CurrentCaller;
import org.reformhub.kernel.security.Roles;
import org.reformhub.appeals.appeal.api.AppealResource;
import org.reformhub.appeals.document.WordDocument;
import org.reformhub.appeals.session.application.FaceToFaceSessions;
import org.reformhub.appeals.session.domain.AgendaItem;
import org.reformhub.appeals.session.domain.FaceToFaceSession;
import org.reformhub.appeals.session.domain.SessionOutcome;
import org.reformhub.appeals.session.infrastructure.MinutesDocument;

/** 每月面对面 sessions, run by the supervision office; minutes as Word at {@code /sessions/{id}/minutes.docx}. */
@Path("/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SUPERVISOR, Roles.DISTRICT, Roles.ADMIN})
public class SessionResource {

    /** {@code level}: 市 (or city), or a district by code, full or short name; {@code monthly}: the month's 每月面对面. */
    public record PlanRequest(@NotNull LocalDate heldOn, @NotBlank @Size(max = 50) String level, Boolean monthly,
                              @NotBlank @Size(max = 200) String title,
                              @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 50) String> hosts,
                              @Size(max = 40) List<@NotNull @Pattern(regexp = AppealResource.DEPT) String> units) {
    }

    public record AgendaRequest(@NotNull @Size(max = FaceToFaceSessions.MAX_AGENDA) List<@NotNull @Pattern(regexp = AppealResource.CASE) String> cases) {
    }

    public record DecisionRequest(@NotNull @Pattern(regexp = AppealResource.CASE) String caseNumber, @NotNull SessionOutcome outcome,
                                  @Pattern(regexp = AppealResource.DEPT) String unit, @Size(max = 5000) String note, LocalDate committedDate) {
    }

    public record CloseRequest(@Size(max = 10000) String summary) {
    }

    /** {@code place}: where the session is held (needed once; kept for later invitations). */
    public record InvitationRequest(@Size(max = 200) String place) {
    }

    /** The invitees who came, by USCC (enterprises) or department code (units); the others are recorded absent. */
    public record AttendanceRequest(@NotNull @Size(max = 200) List<@NotBlank @Size(max = 50) String> present) {
    }

    public record InviteeResponse(String kind, String ref, String name, List<String> cases, @Schema(nullable = true) Boolean attended) {
    }

    public record Item(String caseNumber, String title, AgendaItem.Reason reason, @Schema(nullable = true) SessionOutcome outcome, @Schema(nullable = true) String unit,
                       @Schema(nullable = true) String note, @Schema(nullable = true) LocalDate committedDate) {
    }

    public record SessionResponse(UUID id, LocalDate heldOn, String level, String levelName, boolean monthly, String title,
                                  List<String> hosts, List<String> units,
                                  List<Item> agenda, @Schema(nullable = true) String place, List<InviteeResponse> invitees, @Schema(nullable = true) Instant invitedAt,
                                  @Schema(nullable = true) String summary, String createdBy, Instant createdAt, @Schema(nullable = true) Instant closedAt,
                                  long version) {
        static SessionResponse of(FaceToFaceSession s, String levelName) {
            return new SessionResponse(s.id(), s.heldOn(), s.level(), levelName, s.monthly(), s.title(), s.hosts(), s.units(),
                    s.agenda().stream().map(i -> new Item(i.caseNumber(), i.title(), i.reason(), i.outcome(), i.unit(),
                            i.note(), i.committedDate())).toList(), s.place(),
                    s.invitees().stream().map(i -> new InviteeResponse(i.kind().name(), i.ref(), i.name(), i.cases(),
                            i.attended())).toList(), s.invitedAt(), s.summary(), s.createdBy(), s.createdAt(), s.closedAt(),
                    s.version());
        }
    }

    private final FaceToFaceSessions sessions;
    private final CurrentCaller currentCaller;

    public SessionResource(FaceToFaceSessions sessions, CurrentCaller currentCaller) {
        this.sessions = sessions;
        this.currentCaller = currentCaller;
    }

    /** Plans a session at the city level ({@code 市}) or a district's; the agenda is proposed from open cases. */
    @Operation(operationId = "planSession", summary = "安排一次面对面会议（联席会议） / Plan a face-to-face session (joint meeting)")
    @APIResponse(responseCode = "201", description = "已创建 / created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SessionResponse.class)))
    @POST
    public Response plan(@NotNull @Valid PlanRequest request) {
        FaceToFaceSession session = sessions.plan(currentCaller.get(), request.heldOn(), request.level(),
                Boolean.TRUE.equals(request.monthly()), request.title(),
                request.hosts(), request.units() == null ? List.of() : request.units());
        return Response.created(URI.create("/api/appeals/sessions/" + session.id())).entity(respond(session)).build();
    }

    @Operation(operationId = "listSessions", summary = "列出面对面会议 / List the face-to-face sessions")
    @GET
    public Page<SessionResponse> list(
            @QueryParam("page") @Min(0) @Max(10000) Integer page,
            @QueryParam("size") @Min(1) @Max(200) Integer size,
            @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(deprecated = true,
                    description = "旧名称，即第 0 页的 size / the former name of size, for page 0")
            @QueryParam("limit") @Min(1) @Max(200) Integer limit) {
        return sessions.latest(currentCaller.get(), PageRequest.of(page, size, limit, 50)).map(this::respond);
    }

    @Operation(operationId = "getSession", summary = "读取一次会议 / Read a session")
    @GET
    @Path("/{id}")
    public SessionResponse get(@PathParam("id") UUID id) {
        return respond(sessions.get(currentCaller.get(), id));
    }

    @Operation(operationId = "editSessionAgenda", summary = "修改会议议程 / Edit a session's agenda")
    @PUT
    @Path("/{id}/agenda")
    public SessionResponse editAgenda(@PathParam("id") UUID id, @NotNull @Valid AgendaRequest request) {
        return respond(sessions.editAgenda(currentCaller.get(), id, request.cases()));
    }

    /** Solved on the spot (the note is the answer given) or a time limit set; the appeal changes at once. */
    @Operation(operationId = "recordSessionDecision", summary = "记录议题的处理结果 / Record a case's outcome at a session")
    @POST
    @Path("/{id}/decisions")
    public SessionResponse decide(@PathParam("id") UUID id, @NotNull @Valid DecisionRequest request) {
        return respond(sessions.decide(currentCaller.get(), id, request.caseNumber(), request.outcome(),
                request.unit(), request.note(), request.committedDate()));
    }

    /**
     * 联席会议: invites the agenda's enterprises and the handling units (notified now, reminded the day before); sent
     * again after the agenda changed.
     */
    @Operation(operationId = "inviteToSession", summary = "发送会议通知 / Send a session's invitations")
    @POST
    @Path("/{id}/invitations")
    public SessionResponse invite(@PathParam("id") UUID id, @NotNull @Valid InvitationRequest request) {
        return respond(sessions.invite(currentCaller.get(), id, request.place()));
    }

    @Operation(operationId = "recordSessionAttendance", summary = "记录到会情况 / Record who attended a session")
    @PUT
    @Path("/{id}/attendance")
    public SessionResponse attendance(@PathParam("id") UUID id, @NotNull @Valid AttendanceRequest request) {
        return respond(sessions.recordAttendance(currentCaller.get(), id, request.present().stream().map(String::strip).toList()));
    }

    /** Closes the minutes; undecided cases are carried over. */
    @Operation(operationId = "closeSession", summary = "结束会议 / Close a session")
    @POST
    @Path("/{id}/close")
    public SessionResponse close(@PathParam("id") UUID id, @NotNull @Valid CloseRequest request) {
        return respond(sessions.close(currentCaller.get(), id, request.summary()));
    }

    private SessionResponse respond(FaceToFaceSession session) {
        return SessionResponse.of(session, sessions.levelName(session.level()));
    }

    @Operation(operationId = "downloadSessionMinutes", summary = "下载会议纪要（Word） / Download a session's minutes (Word)")
    @APIResponse(responseCode = "200", description = "会议纪要 / the minutes",
            content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @GET
    @Path("/{id}/minutes.docx")
    @Produces(WordDocument.MEDIA_TYPE)
    public Response minutes(@PathParam("id") UUID id) {
        FaceToFaceSession session = sessions.get(currentCaller.get(), id);
        return Response.ok(MinutesDocument.docx(session, sessions.levelName(session.level())), WordDocument.MEDIA_TYPE)
                .header("Content-Disposition", AttachmentStore.contentDisposition("面对面会议纪要-" + session.heldOn() + ".docx"))
                .build();
    }
}
