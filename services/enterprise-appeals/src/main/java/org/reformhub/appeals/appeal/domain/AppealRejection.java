package org.reformhub.appeals.appeal.domain;

import org.reformhub.kernel.rule.Rejection;

/** Why a request about an appeal was refused; each has one problem type in {@code AppealRejections}. */
public sealed interface AppealRejection extends Rejection {

    record UnknownAppeal(String reference) implements AppealRejection {
        public String detail() {
            return "appeal " + reference + " does not exist";
        }
    }

    record WrongStatus(AppealStatus status, String action) implements AppealRejection {
        public String detail() {
            return "an appeal that is " + status + " cannot be " + action;
        }
    }

    record NotAllowed(String why) implements AppealRejection {
        public String detail() {
            return why;
        }
    }

    record InvalidUscc(String why) implements AppealRejection {
        public String detail() {
            return "统一社会信用代码: " + why;
        }
    }

    record CommittedDateRequired() implements AppealRejection {
        public String detail() {
            return "an answer that cannot resolve the matter now names the committed date (规定办理时限)";
        }
    }

    record CalendarMissing(int year) implements AppealRejection {
        public String detail() {
            return "the holiday calendar of " + year + " is not loaded: the time limit cannot be counted";
        }
    }

    record UnknownMeasures(java.util.List<String> refs) implements AppealRejection {
        public String detail() {
            return "no current reform measure is known as " + String.join(", ", refs);
        }
    }
}
