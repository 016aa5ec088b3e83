package org.reformhub.notifications.directory.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import org.reformhub.kernel.problem.rest.ProblemException;
import org.reformhub.kernel.security.CurrentCaller;
import org.reformhub.kernel.security.Roles;
import org.reformhub.notifications.directory.application.Directory;
import org.reformhub.notifications.directory.domain.DepartmentContact;
import org.reformhub.notifications.rule.domain.Recipient;

import static org.reformhub.notifications.NotificationTexts.text;

/**
 * Where a department's messages go: the catalogue's contact e-mail (kept by the registry), and the head contact and
 * webhook its IT team sets here.
 */
@Path("/departments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.ADMIN})
public class DepartmentChannelsResource {

    static final String DEPT = Recipient.DEPARTMENT_CODE;

    public record ChannelsRequest(@Email @Size(max = 254) String headEmail,
                                  @Size(max = 500) @Pattern(regexp = "https?://[^\\s]+") String webhookUrl,
                                  @Size(min = 16, max = 200) String webhookSecret) {
    }

    private final Directory directory;
    private final CurrentCaller currentCaller;

    public DepartmentChannelsResource(Directory directory, CurrentCaller currentCaller) {
        this.directory = directory;
        this.currentCaller = currentCaller;
    }

    @Operation(operationId = "listDepartmentContacts", summary = "部门联系渠道目录 / List the departments' contact channels")
    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public List<DepartmentContact.DepartmentContactView> list() {
        return directory.list();
    }

    @Operation(operationId = "getDepartmentChannels", summary = "读取部门的联系渠道 / Read a department's contact channels")
    @GET
    @Path("/{dept}/channels")
    public DepartmentContact.DepartmentContactView channels(@PathParam("dept") @Pattern(regexp = DEPT) String dept) {
        mayManage(dept);
        return directory.view(dept);
    }

    /** Replaces the head contact and webhook; a webhook secret left out keeps the one set before. */
    @Operation(operationId = "setDepartmentChannels", summary = "设置部门的联系渠道 / Set a department's contact channels")
    @PUT
    @Path("/{dept}/channels")
    @Consumes(MediaType.APPLICATION_JSON)
    public DepartmentContact.DepartmentContactView setChannels(@PathParam("dept") @Pattern(regexp = DEPT) String dept,
                                              @Valid @NotNull ChannelsRequest request) {
        mayManage(dept);
        return directory.setChannels(dept, new Directory.Channels(request.headEmail(), request.webhookUrl(),
                request.webhookSecret()));
    }

    private void mayManage(String dept) {
        if (!currentCaller.get().mayActForDepartment(dept)) {
            throw ProblemException.forbidden(text("directory.own-unit-only"));
        }
    }
}
