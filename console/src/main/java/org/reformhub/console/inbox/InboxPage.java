package org.reformhub.console.inbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import org.reformhub.console.backend.NotificationsApi;
import org.reformhub.console.shell.CurrentViewer;
import org.reformhub.console.shell.PageContext;
import org.reformhub.console.shell.Viewer;

/** {@code /app/inbox}: the person's messages (a department officer's are the unit's), newest first. */
@Path("/app/inbox")
public class InboxPage {

    @CheckedTemplate(basePath = "InboxPage")
    static class Templates {
        static native TemplateInstance inbox(PageContext page, NotificationsApi.Inbox inbox);
    }

    @Inject
    CurrentViewer viewer;

    @Inject
    @RestClient
    NotificationsApi notifications;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Viewer.ENTERPRISE, Viewer.DEPARTMENT, Viewer.SUPERVISOR, Viewer.ADMIN})
    public TemplateInstance inbox() {
        return Templates.inbox(PageContext.of("消息", viewer.get(), "/app/inbox"), notifications.inbox(100));
    }
}
