package org.reformhub.console.inbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
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
    @RolesAllowed({Viewer.ENTERPRISE, Viewer.DEPARTMENT, Viewer.SUPERVISOR, Viewer.DISTRICT, Viewer.ADMIN})
    public TemplateInstance inbox() {
        return Templates.inbox(PageContext.of("消息", viewer.get(), "/app/inbox"), notifications.inbox(100));
    }

    /** The unread count every page's navigation shows, refreshed by a small script (console.js) while a page is open. */
    @GET
    @Path("/unread-count")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Viewer.ENTERPRISE, Viewer.DEPARTMENT, Viewer.SUPERVISOR, Viewer.DISTRICT, Viewer.ADMIN})
    public NotificationsApi.Unread unreadCount() {
        return notifications.unreadCount();
    }

    @POST
    @Path("/{id}/read")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Viewer.ENTERPRISE, Viewer.DEPARTMENT, Viewer.SUPERVISOR, Viewer.DISTRICT, Viewer.ADMIN})
    public Response markRead(@PathParam("id") java.util.UUID id) {
        try (Response ignored = org.reformhub.console.backend.Answers.of(() -> notifications.markRead(id))) {
            return Response.seeOther(java.net.URI.create("/app/inbox")).build();
        }
    }

    @POST
    @Path("/read-all")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Viewer.ENTERPRISE, Viewer.DEPARTMENT, Viewer.SUPERVISOR, Viewer.DISTRICT, Viewer.ADMIN})
    public Response markAllRead() {
        try (Response ignored = org.reformhub.console.backend.Answers.of(notifications::markAllRead)) {
            return Response.seeOther(java.net.URI.create("/app/inbox")).build();
        }
    }
}
