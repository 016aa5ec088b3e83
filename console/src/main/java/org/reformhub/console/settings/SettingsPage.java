package org.reformhub.console.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

import org.reformhub.console.backend.NotificationsApi;
import org.reformhub.console.shell.CurrentViewer;
import org.reformhub.console.shell.Forms;
import org.reformhub.console.shell.PageContext;
import org.reformhub.console.shell.Viewer;

/**
 * {@code /app/settings/notifications} (消息设置, the page the platform's e-mails point to): where e-mail goes, which
 * kinds of message come by e-mail or webhook, quiet hours and the daily digest. The inbox always shows everything;
 * critical messages ignore these choices (the service's rule, said on the page).
 */
@Path("/app/settings/notifications")
@Produces(MediaType.TEXT_HTML)
public class SettingsPage {

    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");

    /** A kind of message and a channel it may come by, as a checkbox ("report:EMAIL" checked = on). */
    public record Switch(String key, String label, boolean on) {
    }

    static final List<String[]> KINDS = List.of(new String[] {"measure", "改革举措（交办、临近时限）"},
            new String[] {"report", "工作进展（报送、退回、审核）"}, new String[] {"appeal", "企业诉求"},
            new String[] {"supervision", "督办单"});

    @CheckedTemplate(basePath = "SettingsPage")
    static class Templates {
        static native TemplateInstance settings(PageContext page, Map<String, String> typed, List<Switch> switches,
                                                boolean digest, boolean saved, Map<String, String> errors);
    }

    private final CurrentViewer viewer;
    private final NotificationsApi notifications;

    SettingsPage(CurrentViewer viewer, @RestClient NotificationsApi notifications) {
        this.viewer = viewer;
        this.notifications = notifications;
    }

    @GET
    @RolesAllowed({Viewer.ENTERPRISE, Viewer.DEPARTMENT, Viewer.SUPERVISOR, Viewer.DISTRICT, Viewer.ADMIN})
    public TemplateInstance settings(@QueryParam("saved") boolean saved) {
        NotificationsApi.Preferences current = notifications.preferences();
        return page(Forms.typed("email", current.email(), "quietFrom", shortTime(current.quietFrom()),
                "quietUntil", shortTime(current.quietUntil())), current.muted(), current.dailyDigest(), saved, Map.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Viewer.ENTERPRISE, Viewer.DEPARTMENT, Viewer.SUPERVISOR, Viewer.DISTRICT, Viewer.ADMIN})
    public Response save(@RestForm String email, @RestForm List<String> on, @RestForm String quietFrom,
                         @RestForm String quietUntil, @RestForm String dailyDigest) {
        Map<String, String> typed = Forms.typed("email", email, "quietFrom", quietFrom, "quietUntil", quietUntil);
        Set<String> muted = new TreeSet<>();
        for (String[] kind : KINDS) {
            for (String channel : List.of("EMAIL", "WEBHOOK")) {
                String key = kind[0] + ":" + channel;
                if (on == null || !on.contains(key)) {
                    muted.add(key);
                }
            }
        }
        boolean digest = "on".equals(dailyDigest);
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        String from = Forms.blankToNull(quietFrom);
        String until = Forms.blankToNull(quietUntil);
        if (from != null && !TIME.matcher(from).matches()) {
            errors.put("quietFrom", "请按 时:分 填写，如 22:00");
        }
        if (until != null && !TIME.matcher(until).matches()) {
            errors.put("quietUntil", "请按 时:分 填写，如 07:30");
        }
        if (!errors.isEmpty()) {
            return Forms.unprocessable(page(typed, muted, digest, false, errors));
        }
        return Forms.afterPost(() -> notifications.savePreferences(new NotificationsApi.Preferences(Forms.blankToNull(email),
                muted, from, until, digest)), "/app/settings/notifications?saved=true",
                refused -> page(typed, muted, digest, false, refused));
    }

    private TemplateInstance page(Map<String, String> typed, Set<String> muted, boolean digest, boolean saved,
                                  Map<String, String> errors) {
        List<Switch> switches = new ArrayList<>();
        for (String[] kind : KINDS) {
            for (String channel : List.of("EMAIL", "WEBHOOK")) {
                String key = kind[0] + ":" + channel;
                switches.add(new Switch(key, kind[1] + "：" + ("EMAIL".equals(channel) ? "电子邮件" : "系统对接（webhook）"),
                        muted == null || !muted.contains(key)));
            }
        }
        return Templates.settings(PageContext.of("消息设置", viewer.get(), "/app/settings/notifications"), typed, switches,
                digest, saved, errors);
    }

    /** 22:00:00 → 22:00: what a person types. */
    private static String shortTime(String time) {
        return time == null ? null : time.length() > 5 ? time.substring(0, 5) : time;
    }
}
