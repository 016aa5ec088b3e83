package org.reformhub.notifications.inbox.domain;

import org.reformhub.kernel.rule.Rejection;

import static org.reformhub.notifications.NotificationTexts.text;

/** Why a request about an inbox was refused. */
public sealed interface InboxRejection extends Rejection {

    /** A department's inbox is read by that department (and by those who see every unit). */
    record OwnUnitOnly() implements InboxRejection {
        public String detail() {
            return text("inbox.own-unit-only");
        }
    }

    record UnknownMessage(java.util.UUID id) implements InboxRejection {
        public String detail() {
            return text("inbox.unknown", id);
        }
    }
}
