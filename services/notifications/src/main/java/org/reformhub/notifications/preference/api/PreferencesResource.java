package org.reformhub.notifications.preference.api;

import java.time.LocalTime;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
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

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.reformhub.kernel.security.CurrentCaller;
import org.reformhub.kernel.security.Roles;
import org.reformhub.notifications.preference.application.ManagePreferences;
import org.reformhub.notifications.preference.domain.Preferences;
import org.reformhub.notifications.rule.domain.Recipient;

/**
 * 消息设置: which channels carry which kinds of message, quiet hours (e-mail and webhook wait until they end) and
 * a daily digest e-mail. The inbox always shows everything, and critical messages (overdue, reopened appeals)
 * ignore these choices.
 */
@Path("/preferences")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.DISTRICT, Roles.ADMIN, Roles.ENTERPRISE})
public class PreferencesResource {

    static final String DEPT = Recipient.DEPARTMENT_CODE;
    static final String MUTED = "(measure|report|appeal|supervision):(EMAIL|WEBHOOK)";

    /**
     * @param email    where this owner's e-mail goes (a department's default is the catalogue's contact e-mail)
     * @param muted    channels switched off per category, e.g. {@code report:EMAIL}
     * @param quietFrom start of quiet hours (city time, HH:mm), with {@code quietUntil}
     */
    public record PreferencesBody(@Email @Size(max = 254) @Schema(nullable = true) String email,
                                  @Size(max = 8) Set<@NotNull @Pattern(regexp = MUTED) String> muted,
                                  @Schema(nullable = true) LocalTime quietFrom, @Schema(nullable = true) LocalTime quietUntil, boolean dailyDigest) {

        @AssertTrue(message = "{reformhub.quiet-hours}")
        @JsonIgnore
        @Schema(hidden = true)
        public boolean isQuietHoursWhole() {
            return (quietFrom == null) == (quietUntil == null);
        }

        static PreferencesBody of(Preferences p) {
            return new PreferencesBody(p.email().orElse(null), new TreeSet<>(p.muted()), p.quietFrom().orElse(null),
                    p.quietUntil().orElse(null), p.dailyDigest());
        }

        Preferences toPreferences() {
            return new Preferences(Optional.ofNullable(email), muted == null ? Set.of() : muted,
                    Optional.ofNullable(quietFrom), Optional.ofNullable(quietUntil), dailyDigest);
        }
    }

    private final ManagePreferences preferences;
    private final CurrentCaller currentCaller;

    public PreferencesResource(ManagePreferences preferences, CurrentCaller currentCaller) {
        this.preferences = preferences;
        this.currentCaller = currentCaller;
    }

    @Operation(operationId = "getMyPreferences", summary = "读取我的通知偏好 / Read my notification preferences")
    @GET
    @Path("/me")
    public PreferencesBody mine() {
        return PreferencesBody.of(preferences.read(preferences.ownKey(currentCaller.get())));
    }

    @Operation(operationId = "setMyPreferences", summary = "设置我的通知偏好 / Set my notification preferences")
    @PUT
    @Path("/me")
    @Consumes(MediaType.APPLICATION_JSON)
    public PreferencesBody setMine(@Valid @NotNull PreferencesBody body) {
        return PreferencesBody.of(preferences.save(preferences.ownKey(currentCaller.get()), body.toPreferences()));
    }

    @Operation(operationId = "getDepartmentPreferences",
            summary = "读取部门的通知偏好 / Read a department's notification preferences")
    @GET
    @Path("/departments/{dept}")
    @RolesAllowed({Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.ADMIN})
    public PreferencesBody department(@PathParam("dept") @Pattern(regexp = DEPT) String dept) {
        return PreferencesBody.of(preferences.read(preferences.departmentKey(currentCaller.get(), dept)));
    }

    @Operation(operationId = "setDepartmentPreferences",
            summary = "设置部门的通知偏好 / Set a department's notification preferences")
    @PUT
    @Path("/departments/{dept}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.ADMIN})
    public PreferencesBody setDepartment(@PathParam("dept") @Pattern(regexp = DEPT) String dept,
                                         @Valid @NotNull PreferencesBody body) {
        return PreferencesBody.of(preferences.save(preferences.departmentKey(currentCaller.get(), dept), body.toPreferences()));
    }
}
