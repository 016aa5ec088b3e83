package org.reformhub.notifications.template.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import org.reformhub.kernel.security.CurrentCaller;
import org.reformhub.kernel.security.Roles;
import org.reformhub.notifications.rule.domain.Channel;
import org.reformhub.notifications.template.application.Templates;
import org.reformhub.notifications.template.domain.TemplateVersion;

/**
 * The wording of every rule and channel, with its history: the office rewords a template (a new version; what was
 * already sent keeps its version) and previews it with sample data.
 */
@Path("/admin/templates")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
public class TemplateAdminResource {

    static final String CHANNEL = "inbox|email|webhook";
    static final String RULE = "[a-z][a-z-]{1,59}";

    public record EditRequest(@NotBlank @Size(max = 8000) String text) {
    }

    private final Templates templates;
    private final CurrentCaller currentCaller;

    public TemplateAdminResource(Templates templates, CurrentCaller currentCaller) {
        this.templates = templates;
        this.currentCaller = currentCaller;
    }

    /** The current version of every template. */
    @Operation(operationId = "listTemplates", summary = "当前的消息模板 / List the current message templates")
    @GET
    public List<TemplateVersion.TemplateVersionView> current() {
        return templates.current();
    }

    @Operation(operationId = "listTemplateVersions", summary = "一个模板的历史版本 / List a template's versions")
    @GET
    @Path("/{channel}/{rule}")
    public List<TemplateVersion.TemplateVersionView> history(@PathParam("channel") @Pattern(regexp = CHANNEL) String channel,
                                              @PathParam("rule") @Pattern(regexp = RULE) String rule) {
        return templates.history(channel(channel), rule);
    }

    /** Saves a new version (checked first: it must render with sample data). */
    @Operation(operationId = "editTemplate", summary = "修改消息模板 / Edit a message template")
    @POST
    @Path("/{channel}/{rule}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public TemplateVersion.TemplateVersionView edit(@PathParam("channel") @Pattern(regexp = CHANNEL) String channel, @PathParam("rule") @Pattern(regexp = RULE) String rule,
                                     @Valid @NotNull EditRequest request) {
        return templates.edit(channel(channel), rule, request.text(), currentCaller.get().username());
    }

    /** A version (default: the current one) rendered with sample data. */
    @Operation(operationId = "previewTemplate", summary = "预览消息模板 / Preview a message template")
    @GET
    @Path("/{channel}/{rule}/preview")
    public Templates.Rendered preview(@PathParam("channel") @Pattern(regexp = CHANNEL) String channel,
                                      @PathParam("rule") @Pattern(regexp = RULE) String rule,
                                      @QueryParam("version") @Min(1) Integer version) {
        return templates.preview(channel(channel), rule, version);
    }

    private static Channel channel(String folder) {
        return Channel.valueOf(folder.toUpperCase(java.util.Locale.ROOT));
    }
}
