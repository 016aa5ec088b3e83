package org.reformhub.appeals.session.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.reformhub.kernel.event.OutgoingEvent;
import org.reformhub.appeals.session.domain.FaceToFaceSession;
import org.reformhub.appeals.session.domain.Invitee;

/**
 * The sessions' published contract on {@code reform.appeals} (docs/events/schemas), key: the session id.
 * {@code session.invited.v1}: the invitations went out (who, about which cases, when and where — public register data
 * only, never a contact). {@code session.held.v1}: the minutes were closed; case numbers only, what happened to each
 * case is in its own appeal events.
 */
public final class SessionContract {

    public static final String HELD = "reform.appeals.session.held.v1";
    public static final String INVITED = "reform.appeals.session.invited.v1";

    public record ItemV1(String caseNumber, String reason, String outcome, String unit, LocalDate committedDate) {
    }

    public record SessionV1(UUID id, LocalDate heldOn, String level, String levelName, String title, List<String> hosts,
                            List<String> units, List<ItemV1> agenda, int solvedOnSpot, int timeLimitSet, int escalated,
                            int carriedOver, String place, int invited, int attended, Instant closedAt) {
    }

    public record Body(SessionV1 session) {
    }

    public record CaseV1(String caseNumber, String title) {
    }

    public record InviteeV1(String kind, String ref, String name, List<CaseV1> cases) {
    }

    public record InvitationV1(UUID id, LocalDate heldOn, String place, String level, String levelName, String title,
                               List<String> hosts, List<InviteeV1> invitees, Instant invitedAt) {
    }

    public record InvitedBody(InvitationV1 session) {
    }

    private SessionContract() {
    }

    public static OutgoingEvent held(FaceToFaceSession s, String levelName) {
        List<ItemV1> items = s.agenda().stream().map(i -> new ItemV1(i.caseNumber(), i.reason().name(),
                i.outcome() == null ? null : i.outcome().name(), i.unit(), i.committedDate())).toList();
        return new OutgoingEvent(HELD, s.id().toString(), new Body(new SessionV1(s.id(), s.heldOn(), s.level(), levelName,
                s.title(), s.hosts(), s.units(), items, count(items, "SOLVED_ON_SPOT"), count(items, "TIME_LIMIT_SET"),
                count(items, "ESCALATED"), count(items, "CARRIED_OVER"), s.place(), s.invitees().size(),
                (int) s.invitees().stream().filter(i -> Boolean.TRUE.equals(i.attended())).count(), s.closedAt())));
    }

    /** @param titles each agenda case's title, by case number */
    public static OutgoingEvent invited(FaceToFaceSession s, String levelName, Map<String, String> titles) {
        List<InviteeV1> invitees = s.invitees().stream().map(i -> new InviteeV1(i.kind().name(), i.ref(), i.name(),
                i.cases().stream().map(c -> new CaseV1(c, titles.getOrDefault(c, ""))).toList())).toList();
        return new OutgoingEvent(INVITED, s.id().toString(), new InvitedBody(new InvitationV1(s.id(), s.heldOn(), s.place(),
                s.level(), levelName, s.title(), s.hosts(), invitees, s.invitedAt())));
    }

    private static int count(List<ItemV1> items, String outcome) {
        return (int) items.stream().filter(i -> outcome.equals(i.outcome())).count();
    }
}
