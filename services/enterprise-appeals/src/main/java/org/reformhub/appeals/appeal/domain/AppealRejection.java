package org.reformhub.appeals.appeal.domain;

import org.reformhub.kernel.rule.Rejection;

import static org.reformhub.appeals.AppealTexts.text;

/** Why a request about an appeal was refused; each has one problem type in {@code AppealRejections}. */
public sealed interface AppealRejection extends Rejection {

    record UnknownAppeal(String reference) implements AppealRejection {
        public String detail() {
            return text("appeal.unknown", reference);
        }
    }

    record WrongStatus(AppealStatus status, String action) implements AppealRejection {
        public String detail() {
            return text("appeal.wrong-status", text("appeal.status." + status.name()), text("appeal.action." + action));
        }
    }

    record NotAllowed(String why) implements AppealRejection {
        public String detail() {
            return why;
        }
    }

    record InvalidUscc(String why) implements AppealRejection {
        public String detail() {
            return text("appeal.invalid-uscc", why);
        }

        @Override
        public java.util.List<FieldMistake> fields() {
            return java.util.List.of(new FieldMistake("uscc", detail()));
        }
    }

    record CommittedDateRequired() implements AppealRejection {
        public String detail() {
            return text("appeal.committed-date-required");
        }
    }

    record CalendarMissing(int year) implements AppealRejection {
        public String detail() {
            return text("appeal.calendar-missing", year);
        }
    }

    record UnknownMeasures(java.util.List<String> refs) implements AppealRejection {
        public String detail() {
            return text("appeal.unknown-measures", String.join("、", refs));
        }
    }

    /** The current answer has a rating already: the enterprise's own stands, and one follow-up is enough. */
    record AlreadyRated(String caseNumber, RatingSource source) implements AppealRejection {
        public String detail() {
            return text("appeal.already-rated", caseNumber, source.label());
        }
    }
}
