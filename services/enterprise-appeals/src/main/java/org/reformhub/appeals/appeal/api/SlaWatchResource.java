package org.reformhub.appeals.appeal.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import org.reformhub.kernel.security.Roles;
import org.reformhub.appeals.appeal.application.SlaWatch;

/** Runs the SLA watch now (it also runs every 15 minutes); nothing is announced twice. */
@Path("/admin/sla-watch")
public class SlaWatchResource {

    private final SlaWatch watch;

    public SlaWatchResource(SlaWatch watch) {
        this.watch = watch;
    }

    @Operation(operationId = "runSlaWatch",
            summary = "立即执行一次时限检查（预警、超期） / Run the time-limit watch now (warnings, overdue)")
    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public SlaWatch.Result run() {
        return watch.run();
    }
}
