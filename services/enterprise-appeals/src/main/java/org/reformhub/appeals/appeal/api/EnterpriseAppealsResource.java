package org.reformhub.appeals.appeal.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.reformhub.appeals.appeal.domain.Appeal;
import org.reformhub.appeals.appeal.infrastructure.AppealRepository;
import org.reformhub.kernel.api.Page;
import org.reformhub.kernel.security.CurrentCaller;
import org.reformhub.kernel.security.Roles;

/** An enterprise's own appeals; supervisors see every enterprise's. */
@Path("/enterprises/{uscc}/appeals")
@Produces(MediaType.APPLICATION_JSON)
public class EnterpriseAppealsResource {

    private final AppealRepository appeals;
    private final CurrentCaller currentCaller;

    public EnterpriseAppealsResource(AppealRepository appeals, CurrentCaller currentCaller) {
        this.appeals = appeals;
        this.currentCaller = currentCaller;
    }

    @GET
    @RolesAllowed({Roles.ENTERPRISE, Roles.SUPERVISOR, Roles.ADMIN})
    public Page<Appeal.AppealView> list(@PathParam("uscc") String uscc) {
        currentCaller.requireEnterprise(uscc);
        List<Appeal.AppealView> items = appeals.ofEnterprise(uscc).stream().map(Appeal::view).toList();
        return Page.of(items);
    }
}
