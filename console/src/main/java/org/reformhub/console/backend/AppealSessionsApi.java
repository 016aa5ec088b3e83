package org.reformhub.console.backend;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The 企业直通车 service's face-to-face sessions (每月面对面, 联席会议) as the console calls them, with the person's own token. */
@RegisterRestClient(configKey = "appeals")
@RegisterClientHeaders(ViewerToken.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface AppealSessionsApi {

    // 每月面对面: sessions planned from open cases, decided case by case, closed with minutes

    @GET
    @Path("/sessions")
    AppealsApi.Listing<Session> sessions(@QueryParam("limit") int limit);

    @GET
    @Path("/sessions/{id}")
    Session session(@PathParam("id") java.util.UUID id);

    @POST
    @Path("/sessions")
    Response planSession(SessionPlan plan);

    @POST
    @Path("/sessions/{id}/decisions")
    Response decide(@PathParam("id") java.util.UUID id, Decision decision);

    @POST
    @Path("/sessions/{id}/invitations")
    Response inviteToSession(@PathParam("id") java.util.UUID id, Invitation invitation);

    @PUT
    @Path("/sessions/{id}/attendance")
    Response recordAttendance(@PathParam("id") java.util.UUID id, Attendance attendance);

    @POST
    @Path("/sessions/{id}/close")
    Response closeSession(@PathParam("id") java.util.UUID id, Summary summary);

    @GET
    @Path("/sessions/{id}/minutes.docx")
    @Produces(MediaType.WILDCARD)
    Response minutes(@PathParam("id") java.util.UUID id);

    record SessionPlan(LocalDate heldOn, String level, Boolean monthly, String title, List<String> hosts, List<String> units) {
    }

    record Decision(String caseNumber, String outcome, String unit, String note, LocalDate committedDate) {
    }

    record Summary(String summary) {
    }

    record Invitation(String place) {
    }

    record Attendance(List<String> present) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Invitee(String kind, String ref, String name, List<String> cases, Boolean attended) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Session(java.util.UUID id, LocalDate heldOn, String level, String levelName, boolean monthly, String title,
                   List<String> hosts, List<String> units,
                   List<AgendaItem> agenda, String place, List<Invitee> invitees, String summary, String createdBy, Instant createdAt, Instant closedAt,
                   long version) {
        public boolean open() {
            return closedAt == null;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AgendaItem(String caseNumber, String title, String reason, String outcome, String unit, String note,
                      LocalDate committedDate) {
    }
}
