package org.reformhub.appeals.appeal.events;

import java.time.Instant;

import org.reformhub.appeals.appeal.domain.Appeal;
import org.reformhub.kernel.event.OutgoingEvent;

/**
 * {@code reform.appeals.appeal-contact.recorded.v1}: the contact the enterprise (or the staff recording its call)
 * gave when the case was filed, so that the notification service can keep the enterprise informed by e-mail and
 * SMS. Personal data, kept out of the appeal events on purpose: only a consumer that writes to the enterprise may
 * keep it (the warehouse does not). Key: the case number, the same as the case's steps, so it arrives before the
 * filing step it precedes in the outbox (decision 0019).
 */
public final class AppealContactContract {

    public static final String RECORDED = "reform.appeals.appeal-contact.recorded.v1";

    public record ContactV1(String caseNumber, String uscc, String enterpriseName, String contactPerson, String phone,
                            String email, String channel, Instant recordedAt) {
    }

    public record Body(ContactV1 contact) {
    }

    private AppealContactContract() {
    }

    public static OutgoingEvent recorded(Appeal a) {
        return new OutgoingEvent(RECORDED, a.caseNumber(), new Body(new ContactV1(a.caseNumber(), a.uscc(), a.enterpriseName(),
                a.contactPerson(), a.phone(), a.email(), a.channel().name(), a.filedAt())));
    }
}
