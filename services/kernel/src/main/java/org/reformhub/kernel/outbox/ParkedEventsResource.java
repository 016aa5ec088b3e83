package org.reformhub.kernel.outbox;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import org.reformhub.kernel.api.Page;
import org.reformhub.kernel.problem.rest.ProblemException;
import org.reformhub.kernel.security.Roles;
import org.reformhub.kernel.text.MessageBundle;

/**
 * Events the broker refused for good (too large, rejected), for admins: what they were and why, and a way to
 * send one again once the cause is fixed (e.g. the broker's size limit raised). In every service under
 * {@code /admin/outbox/parked}.
 */
@Path("/admin/outbox/parked")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class ParkedEventsResource {

    public record ParkedEvent(long seq, String eventId, String type, String key, int bytes, Instant createdAt,
                              Instant parkedAt, String reason) {
    }

    private final EntityManager entityManager;

    public ParkedEventsResource(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Operation(operationId = "listParkedEvents",
            summary = "列出发送失败、暂存的事件 / List the events the outbox parked after failing to publish")
    @GET
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public Page<ParkedEvent> list() {
        List<ParkedEvent> parked = entityManager.createQuery(
                        "from OutboxEvent e where e.parkedAt is not null order by e.seq", OutboxEvent.class)
                .setMaxResults(500).getResultList().stream()
                .map(e -> new ParkedEvent(e.seq, e.eventId.toString(), e.eventType, e.aggregateId, e.envelope.length(),
                        e.createdAt, e.parkedAt, e.parkReason))
                .toList();
        return new Page<>(parked, entityManager.createQuery(
                "select count(e) from OutboxEvent e where e.parkedAt is not null", Long.class).getSingleResult());
    }

    /** Puts a parked event back in line; the relay sends it with the next batch. */
    @Operation(operationId = "retryParkedEvent", summary = "重新发送一条暂存的事件 / Publish a parked event again")
    @POST
    @Path("/{seq}/retry")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public ParkedEvent retry(@PathParam("seq") long seq) {
        OutboxEvent event = entityManager.find(OutboxEvent.class, seq);
        if (event == null || event.parkedAt == null) {
            throw ProblemException.notFound(MessageBundle.KERNEL.text("outbox.no-parked-event", seq));
        }
        ParkedEvent before = new ParkedEvent(event.seq, event.eventId.toString(), event.eventType, event.aggregateId,
                event.envelope.length(), event.createdAt, event.parkedAt, event.parkReason);
        event.parkedAt = null;
        event.parkReason = null;
        return before;
    }
}
