package org.reformhub.notifications.inbox.api;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import org.eclipse.microprofile.openapi.annotations.Operation;

import org.reformhub.kernel.api.Page;
import org.reformhub.kernel.api.PageRequest;
import org.reformhub.kernel.api.QueryDates;
import org.reformhub.kernel.security.CurrentCaller;
import org.reformhub.kernel.security.Roles;
import org.reformhub.notifications.inbox.application.ReadInbox;
import org.reformhub.notifications.inbox.domain.InboxSearch;
import org.reformhub.notifications.inbox.domain.Notification;
import org.reformhub.notifications.rule.domain.Recipient;

/**
 * The in-app inbox (站内信): a department's shared inbox, the supervision office's, an enterprise's, and what is
 * addressed to the caller personally; unread counts, read marks, and a live stream (Server-Sent Events).
 */
@Path("/inbox")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.DISTRICT, Roles.ADMIN, Roles.ENTERPRISE})
public class InboxResource {

    static final String DEPT = Recipient.DEPARTMENT_CODE;
    /** How often the live stream looks for new notifications (any instance may have written them). */
    static final Duration STREAM_POLL = Duration.ofSeconds(1);
    static final Duration HEARTBEAT = Duration.ofSeconds(5);

    public record UnreadCount(long unread) {
    }

    public record Marked(int marked) {
    }

    private final ReadInbox inbox;
    private final CurrentCaller currentCaller;

    public InboxResource(ReadInbox inbox, CurrentCaller currentCaller) {
        this.inbox = inbox;
        this.currentCaller = currentCaller;
    }

    /**
     * Newest first; {@code dept} names a department's inbox (its own officers, supervisors, admins). Filters:
     * {@code unread}, {@code category}, {@code severity}, {@code q} (words in the title or text), {@code from} /
     * {@code to} (arrival dates, city days); with {@code page} (from 0) and {@code size} the answer carries them and
     * the total of what matches; {@code limit} alone is the older spelling of the first page.
     */
    @Operation(operationId = "listInbox", summary = "站内消息（筛选、分页） / List the inbox (filters, pages)")
    @GET
    public Page<Notification.NotificationView> list(@QueryParam("dept") @Pattern(regexp = DEPT) String dept,
                                        @QueryParam("unread") @DefaultValue("false") boolean unreadOnly,
                                        @QueryParam("category") @Pattern(regexp = "measure|report|appeal|supervision") String category,
                                        @QueryParam("severity") @Pattern(regexp = "INFO|WARNING|CRITICAL") String severity,
                                        @QueryParam("q") @Size(min = 1, max = 100) String words,
                                        @QueryParam("from") @Size(max = 10) String from,
                                        @QueryParam("to") @Size(max = 10) String to,
                                        @QueryParam("page") @Min(0) @Max(10000) Integer page,
                                        @QueryParam("size") @Min(1) @Max(500) Integer size,
                                        @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(deprecated = true,
                                                description = "旧名称，即第 0 页的 size / the former name of size, for page 0")
                                        @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        ReadInbox.Scope scope = inbox.scope(currentCaller.get(), dept);
        boolean searching = page != null || size != null || category != null || severity != null || words != null
                || from != null || to != null;
        if (!searching) {
            return inbox.list(scope, unreadOnly, limit);
        }
        PageRequest asked = PageRequest.of(page, size, null, 20);
        return inbox.search(scope, new InboxSearch(unreadOnly, category, severity,
                words == null || words.isBlank() ? null : words.strip(), QueryDates.parse("from", from),
                QueryDates.parse("to", to), asked.offset(), asked.size()));
    }

    @Operation(operationId = "countUnread", summary = "未读消息数 / Count unread messages")
    @GET
    @Path("/unread-count")
    public UnreadCount unreadCount(@QueryParam("dept") @Pattern(regexp = DEPT) String dept) {
        return new UnreadCount(inbox.unread(inbox.scope(currentCaller.get(), dept)));
    }

    @Operation(operationId = "markRead", summary = "标为已读 / Mark a message read")
    @POST
    @Path("/{id}/read")
    @Consumes(MediaType.WILDCARD)
    public Marked markRead(@PathParam("id") UUID id, @QueryParam("dept") @Pattern(regexp = DEPT) String dept) {
        inbox.markRead(inbox.scope(currentCaller.get(), dept), id);
        return new Marked(1);
    }

    @Operation(operationId = "markAllRead", summary = "全部标为已读 / Mark every message read")
    @POST
    @Path("/read-all")
    @Consumes(MediaType.WILDCARD)
    public Marked markAllRead(@QueryParam("dept") @Pattern(regexp = DEPT) String dept) {
        return new Marked(inbox.markAllRead(inbox.scope(currentCaller.get(), dept)));
    }

    /**
     * New notifications as they arrive, as Server-Sent Events: first {@code ready}, then one {@code notification}
     * (JSON) per arrival with its {@code seq} as the event id, so a client that reconnects with
     * {@code Last-Event-ID} misses nothing; a comment every few seconds keeps proxies from closing a quiet stream
     * (the gateway drops a backend that sends nothing for 10 s).
     */
    @Operation(operationId = "streamInbox",
            summary = "新消息推送（Server-Sent Events） / Stream new messages (Server-Sent Events)")
    @GET
    @Path("/stream")
    @Blocking // the scope and the cursor are read from the database before the stream starts
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<OutboundSseEvent> stream(@QueryParam("dept") @Pattern(regexp = DEPT) String dept,
                                          @HeaderParam("Last-Event-ID") @Pattern(regexp = "\\d{1,18}") String lastEventId,
                                          @Context Sse sse) {
        ReadInbox.Scope scope = inbox.scope(currentCaller.get(), dept);
        AtomicLong cursor = new AtomicLong(lastEventId != null ? Long.parseLong(lastEventId) : inbox.latest());
        Multi<OutboundSseEvent> arrivals = Multi.createFrom().ticks().every(STREAM_POLL)
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .onItem().transformToIterable(tick -> {
                    List<Notification.NotificationView> fresh = inbox.after(scope, cursor.get());
                    fresh.forEach(n -> cursor.accumulateAndGet(n.seq(), Math::max));
                    return fresh.stream().map(n -> sse.newEventBuilder().name("notification").id(Long.toString(n.seq()))
                            .mediaType(MediaType.APPLICATION_JSON_TYPE).data(Notification.NotificationView.class, n).build()).toList();
                });
        Multi<OutboundSseEvent> heartbeats = Multi.createFrom().ticks().every(HEARTBEAT)
                .map(tick -> sse.newEventBuilder().comment("keep-alive").build());
        return Multi.createBy().concatenating().streams(
                Multi.createFrom().item(sse.newEventBuilder().name("ready").data("{}").build()),
                Multi.createBy().merging().streams(arrivals, heartbeats));
    }
}
