package org.reformhub.kernel.event.appeals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.reformhub.kernel.event.CloudEvent;

import static org.reformhub.kernel.event.read.EventFields.*;

/**
 * A session (每月面对面, 联席会议) sends its invitations ({@code reform.appeals.session.invited.v1}): when, where, at
 * which level, and whom (enterprises and handling units) about which cases. The day stays as published (yyyy-MM-dd).
 */
public record PublishedSessionInvitation(String id, String heldOn, String place, String levelName, String title,
                                         List<Invitee> invitees, Instant invitedAt) {

    public static final String TYPE = "reform.appeals.session.invited.v1";

    /** An enterprise (by 统一社会信用代码) or a unit (by code), with its cases on the agenda. */
    public record Invitee(String kind, String ref, String name, List<Case> cases) {
    }

    public record Case(String caseNumber, String title) {
    }

    public static PublishedSessionInvitation of(CloudEvent event) {
        JsonNode s = object(event.data(), "session");
        require(s, "id", "heldOn", "place", "title");
        List<Invitee> invitees = new ArrayList<>();
        s.path("invitees").forEach(i -> {
            List<Case> cases = new ArrayList<>();
            i.path("cases").forEach(c -> cases.add(new Case(c.path("caseNumber").asText(), c.path("title").asText())));
            invitees.add(new Invitee(i.path("kind").asText(), i.path("ref").asText(), i.path("name").asText(), List.copyOf(cases)));
        });
        return new PublishedSessionInvitation(text(s, "id"), text(s, "heldOn"), text(s, "place"),
                s.path("levelName").asText(s.path("level").asText()), text(s, "title"), List.copyOf(invitees),
                optionalInstant(s, "invitedAt"));
    }
}
