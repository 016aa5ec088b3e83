package org.reformhub.appeals.session.domain;

import java.util.UUID;

import org.reformhub.kernel.rule.Rejection;

import static org.reformhub.appeals.AppealTexts.text;

/** Why a request about a face-to-face session was refused; each has one problem type in {@code AppealRejections}. */
public sealed interface SessionRejection extends Rejection {

    record UnknownSession(UUID id) implements SessionRejection {
        public String detail() {
            return text("session.unknown", id);
        }
    }

    record AlreadyHeld(UUID id) implements SessionRejection {
        public String detail() {
            return text("session.already-held", id);
        }
    }

    record NotOnAgenda(String caseNumber) implements SessionRejection {
        public String detail() {
            return text("session.not-on-agenda", caseNumber);
        }
    }

    record OutcomeIncomplete(String why) implements SessionRejection {
        public String detail() {
            return why;
        }
    }

    /** Attendance names someone the session did not invite. */
    record NotInvited(String ref) implements SessionRejection {
        public String detail() {
            return text("session.not-invited", ref);
        }

        @Override
        public java.util.List<FieldMistake> fields() {
            return java.util.List.of(new FieldMistake("present", detail()));
        }
    }

    /** 市、县（区）同步: another level's monthly session of the month is on another day. */
    record NotSameDay(String otherLevel, java.time.LocalDate day) implements SessionRejection {
        public String detail() {
            return text("district.same-day", otherLevel, day);
        }

        @Override
        public java.util.List<FieldMistake> fields() {
            return java.util.List.of(new FieldMistake("heldOn", detail()));
        }
    }
}
