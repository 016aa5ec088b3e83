package org.reformhub.notifications.inbox.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.reformhub.kernel.api.Page;
import org.reformhub.kernel.security.CurrentCaller;
import org.reformhub.kernel.security.Roles;
import org.reformhub.notifications.inbox.domain.InboxMessage;
import org.reformhub.notifications.inbox.infrastructure.InboxRepository;

@Path("/inbox")
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {

    private final InboxRepository inbox;
    private final CurrentCaller currentCaller;

    public InboxResource(InboxRepository inbox, CurrentCaller currentCaller) {
        this.inbox = inbox;
        this.currentCaller = currentCaller;
    }

    /** A department reads its own inbox; supervisors may read any department's with {@code ?dept=}. */
    @GET
    @RolesAllowed({Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.ADMIN})
    public Page<InboxMessage.InboxMessageView> list(@QueryParam("dept") @Size(max = 50) String dept,
                          @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        String recipient = currentCaller.departmentScope(dept).orElse(null);
        // total counts every message of the inbox, not just the page returned
        List<InboxMessage> messages = recipient == null ? inbox.all(limit) : inbox.forDepartment(recipient, limit);
        long total = recipient == null ? inbox.count() : inbox.countForDepartment(recipient);
        return new Page<>(messages.stream().map(InboxMessage::view).toList(), total);
    }
}
