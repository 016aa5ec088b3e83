package org.reformhub.console.backend;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The person's inbox, read with their own token (a department officer's is their unit's). */
@RegisterRestClient(configKey = "notifications")
@RegisterClientHeaders(ViewerToken.class)
@Produces(MediaType.APPLICATION_JSON)
public interface NotificationsApi {

    @GET
    @Path("/inbox")
    Inbox inbox(@QueryParam("limit") int limit);

    /** The inbox searched and paged: unread only, a category, words, arrival dates; with the total. */
    @GET
    @Path("/inbox")
    Inbox search(@QueryParam("unread") boolean unread, @QueryParam("category") String category, @QueryParam("q") String words,
                 @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("page") int page,
                 @QueryParam("size") int size);

    @GET
    @Path("/inbox/unread-count")
    Unread unreadCount();

    @POST
    @Path("/inbox/{id}/read")
    Response markRead(@PathParam("id") UUID id);

    @POST
    @Path("/inbox/read-all")
    Response markAllRead();

    @GET
    @Path("/preferences/me")
    Preferences preferences();

    @PUT
    @Path("/preferences/me")
    @Consumes(MediaType.APPLICATION_JSON)
    Response savePreferences(Preferences preferences);

    // 督办单: the office issues, the unit acknowledges and replies, an unanswered one is escalated

    @GET
    @Path("/supervision-notices")
    Listing<Notice> notices(@QueryParam("limit") int limit);

    @GET
    @Path("/supervision-notices/{id}")
    Notice notice(@PathParam("id") UUID id);

    @POST
    @Path("/supervision-notices")
    @Consumes(MediaType.APPLICATION_JSON)
    Response issue(NewNotice notice);

    @POST
    @Path("/supervision-notices/{id}/acknowledge")
    Response acknowledge(@PathParam("id") UUID id);

    @POST
    @Path("/supervision-notices/{id}/reply")
    @Consumes(MediaType.APPLICATION_JSON)
    Response reply(@PathParam("id") UUID id, Reply reply);

    record NewNotice(String subjectKind, String subjectRef, String dept, String reason, java.time.LocalDate replyDue) {
    }

    record Reply(String reply) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Listing<T>(List<T> items, long total) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Notice(UUID id, String number, String subjectKind, String subjectRef, String dept, String reason,
                  java.time.LocalDate replyDue, String status, String issuedBy, Instant issuedAt, Instant acknowledgedAt,
                  String reply, Instant repliedAt, Instant escalatedAt) {
        /** The console page of what the notice is about. */
        public String subjectHref() {
            return "APPEAL".equals(subjectKind) ? "/app/appeals/" + subjectRef : "/app/measures/" + subjectRef;
        }
    }

    /** 消息设置: where e-mail goes, channels switched off per kind of message ({@code report:EMAIL}), quiet hours, digest. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Preferences(String email, java.util.Set<String> muted, String quietFrom, String quietUntil, boolean dailyDigest) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Inbox(List<Message> items, long total) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Message(UUID id, String category, String severity, String title, String body, String link, Instant createdAt,
                   Instant readAt) {
        public boolean unread() {
            return readAt == null;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Unread(long unread) {
    }
}
