package org.reformhub.notifications.supervision.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.reformhub.kernel.event.OutgoingEvent;
import org.reformhub.notifications.supervision.domain.SupervisionNotice;

/**
 * {@code reform.notifications.supervision.issued|acknowledged|replied|escalated.v1} (docs/events/schemas): each step
 * of a 督办单, with the notice as it stands after it, for the units' scorecards and the warehouse. Key:
 * {@code supervision:<id>}, so one notice's steps stay in order.
 */
public final class SupervisionContract {

    public static final String PREFIX = "reform.notifications.supervision.";

    public record NoticeV1(UUID id, String number, String subjectKind, String subjectRef, String dept, String reason,
                           LocalDate replyDue, String status, String issuedBy, Instant issuedAt, Instant acknowledgedAt,
                           String reply, Instant repliedAt, Instant escalatedAt, boolean repliedOnTime) {
    }

    public record Body(NoticeV1 notice, String step, String actor) {
    }

    private SupervisionContract() {
    }

    /** @param step issued, acknowledged, replied or escalated */
    public static OutgoingEvent step(SupervisionNotice n, String step, String actor, boolean repliedOnTime) {
        SupervisionNotice.SupervisionNoticeView v = n.view();
        return new OutgoingEvent(PREFIX + step + ".v1", "supervision:" + n.id(), new Body(new NoticeV1(v.id(), v.number(),
                v.subjectKind(), v.subjectRef(), v.dept(), v.reason(), v.replyDue(), v.status(), v.issuedBy(), v.issuedAt(),
                v.acknowledgedAt(), v.reply(), v.repliedAt(), v.escalatedAt(), repliedOnTime), step, actor));
    }
}
