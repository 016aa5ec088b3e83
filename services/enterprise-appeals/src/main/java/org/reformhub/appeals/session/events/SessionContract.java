package org.reformhub.appeals.session.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.reformhub.kernel.event.OutgoingEvent;
import org.reformhub.appeals.session.domain.FaceToFaceSession;

/**
 * {@code reform.appeals.session.held.v1} (docs/events/schemas): a face-to-face session closed its minutes. Key: the
 * session id. Case numbers only: what happened to each case is in its own appeal events.
 */
public final class SessionContract {

    public static final String HELD = "reform.appeals.session.held.v1";

    public record ItemV1(String caseNumber, String reason, String outcome, String unit, LocalDate committedDate) {
    }

    public record SessionV1(UUID id, LocalDate heldOn, String level, String title, List<String> hosts, List<String> units,
                            List<ItemV1> agenda, int solvedOnSpot, int timeLimitSet, int carriedOver, Instant closedAt) {
    }

    public record Body(SessionV1 session) {
    }

    private SessionContract() {
    }

    public static OutgoingEvent held(FaceToFaceSession s) {
        List<ItemV1> items = s.agenda().stream().map(i -> new ItemV1(i.caseNumber(), i.reason().name(),
                i.outcome() == null ? null : i.outcome().name(), i.unit(), i.committedDate())).toList();
        return new OutgoingEvent(HELD, s.id().toString(), new Body(new SessionV1(s.id(), s.heldOn(), s.level(), s.title(),
                s.hosts(), s.units(), items, count(items, "SOLVED_ON_SPOT"), count(items, "TIME_LIMIT_SET"),
                count(items, "CARRIED_OVER"), s.closedAt())));
    }

    private static int count(List<ItemV1> items, String outcome) {
        return (int) items.stream().filter(i -> outcome.equals(i.outcome())).count();
    }
}
