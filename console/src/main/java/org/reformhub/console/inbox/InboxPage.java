package org.reformhub.console.inbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import org.reformhub.console.backend.NotificationsApi;
import org.reformhub.console.shell.CurrentViewer;
import org.reformhub.console.shell.CityDates;
import org.reformhub.console.shell.ListView;
import org.reformhub.console.shell.ListWorkbook;
import org.reformhub.console.shell.PageContext;
import org.reformhub.console.shell.Viewer;

/** {@code /app/inbox}: the person's messages (a department officer's are the unit's), newest first. */
@Path("/app")
public class InboxPage {

    static final List<String> CATEGORIES = List.of("appeal", "report", "measure", "supervision");

    @CheckedTemplate(basePath = "InboxPage")
    static class Templates {
        static native TemplateInstance inbox(PageContext page, ListView view, NotificationsApi.Inbox inbox,
                                             List<String> categories);
    }

    /** The filters, as the URL carries them; what the list does not know is dropped. */
    public static class Filters {
        @QueryParam("q") String text;
        @QueryParam("category") String category;
        @QueryParam("unread") String unread;
        @QueryParam("from") String from;
        @QueryParam("to") String to;
        @QueryParam("page") String page;

        ListView view() {
            Map<String, String> kept = new LinkedHashMap<>();
            kept.put("q", ListView.words(text, 100));
            kept.put("category", ListView.oneOf(category, CATEGORIES));
            kept.put("unread", "true".equals(unread) ? "true" : null);
            kept.put("from", ListView.date(from));
            kept.put("to", ListView.date(to));
            return ListView.of("/app/inbox", kept, "-createdAt", ListView.pageAsked(page));
        }
    }

    private final CurrentViewer viewer;
    private final NotificationsApi notifications;

    InboxPage(CurrentViewer viewer, @RestClient NotificationsApi notifications) {
        this.viewer = viewer;
        this.notifications = notifications;
    }

    @GET
    @Path("/inbox")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Viewer.ENTERPRISE, Viewer.DEPARTMENT, Viewer.SUPERVISOR, Viewer.DISTRICT, Viewer.ADMIN})
    public TemplateInstance inbox(@BeanParam Filters filters) {
        ListView view = filters.view();
        NotificationsApi.Inbox found = search(view, view.page() - 1, view.size());
        return Templates.inbox(PageContext.of("消息", viewer.get(), "/app/inbox"), view.withTotal(found.total()), found,
                CATEGORIES);
    }

    /** The same view as a workbook, for the record (up to the console's export limit). */
    @GET
    @Path("/inbox.xlsx")
    @Produces(ListWorkbook.MEDIA_TYPE)
    @RolesAllowed({Viewer.ENTERPRISE, Viewer.DEPARTMENT, Viewer.SUPERVISOR, Viewer.DISTRICT, Viewer.ADMIN})
    public Response export(@BeanParam Filters filters) {
        ListView view = filters.view();
        return ListWorkbook.download("消息", List.of("时间", "标题", "内容", "状态"), ListWorkbook.rows(
                page -> search(view, page, ListWorkbook.PAGE).items(),
                m -> List.of(CityDates.cityTime(m.createdAt()), m.title(), m.body(), m.unread() ? "未读" : "已读")));
    }

    private NotificationsApi.Inbox search(ListView view, int page, int size) {
        return notifications.search("true".equals(view.filter("unread")), view.filterOrNull("category"),
                view.filterOrNull("q"), view.filterOrNull("from"), view.filterOrNull("to"), page, size);
    }

    /** The unread count every page's navigation shows, refreshed by a small script (console.js) while a page is open. */
    @GET
    @Path("/inbox/unread-count")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Viewer.ENTERPRISE, Viewer.DEPARTMENT, Viewer.SUPERVISOR, Viewer.DISTRICT, Viewer.ADMIN})
    public NotificationsApi.Unread unreadCount() {
        return notifications.unreadCount();
    }

    @POST
    @Path("/inbox/{id}/read")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Viewer.ENTERPRISE, Viewer.DEPARTMENT, Viewer.SUPERVISOR, Viewer.DISTRICT, Viewer.ADMIN})
    public Response markRead(@PathParam("id") java.util.UUID id) {
        try (Response ignored = org.reformhub.console.backend.Answers.of(() -> notifications.markRead(id))) {
            return Response.seeOther(java.net.URI.create("/app/inbox")).build();
        }
    }

    @POST
    @Path("/inbox/read-all")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Viewer.ENTERPRISE, Viewer.DEPARTMENT, Viewer.SUPERVISOR, Viewer.DISTRICT, Viewer.ADMIN})
    public Response markAllRead() {
        try (Response ignored = org.reformhub.console.backend.Answers.of(notifications::markAllRead)) {
            return Response.seeOther(java.net.URI.create("/app/inbox")).build();
        }
    }
}
