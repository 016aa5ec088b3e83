package org.reformhub.console.backend;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

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

    @GET
    @Path("/inbox/unread-count")
    Unread unreadCount();

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
