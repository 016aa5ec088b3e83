package org.reformhub.appeals.session.domain;

import java.util.UUID;

import org.reformhub.kernel.rule.Rejection;

/** Why a request about a face-to-face session was refused; each has one problem type in {@code AppealRejections}. */
public sealed interface SessionRejection extends Rejection {

    record UnknownSession(UUID id) implements SessionRejection {
        public String detail() {
            return "session " + id + " does not exist";
        }
    }

    record AlreadyHeld(UUID id) implements SessionRejection {
        public String detail() {
            return "session " + id + " is closed: its minutes no longer change";
        }
    }

    record NotOnAgenda(String caseNumber) implements SessionRejection {
        public String detail() {
            return "appeal " + caseNumber + " is not on this session's agenda";
        }
    }

    record OutcomeIncomplete(String why) implements SessionRejection {
        public String detail() {
            return why;
        }
    }
}
