package org.reformhub.progress.report.domain;

import java.util.List;
import java.util.UUID;

import org.reformhub.kernel.rule.Rejection;

/** Why a report was refused; each has one problem type in {@code ProgressRejections}. */
public sealed interface ReportRejection extends Rejection {

    record UnknownReport(UUID id) implements ReportRejection {
        public String detail() {
            return "report " + id + " does not exist";
        }
    }

    record NotResponsible(String dept, String programme, String code) implements ReportRejection {
        public String detail() {
            return "department " + dept + " is not a responsible unit of measure " + programme + "/" + code;
        }
    }

    record NotOwnReport(String dept) implements ReportRejection {
        public String detail() {
            return "only the reporting unit (" + dept + ") may change or submit this report";
        }
    }

    record NotAsked(String dept) implements ReportRejection {
        public String detail() {
            return "the request was not addressed to " + dept;
        }
    }

    record ReviewerOnly() implements ReportRejection {
        public String detail() {
            return "only supervisors review reports";
        }
    }

    record WrongStatus(ReportStatus status, String action) implements ReportRejection {
        public String detail() {
            return "a " + status + " report cannot be " + action;
        }
    }

    record AlreadyReported(UUID existing, String period) implements ReportRejection {
        public String detail() {
            return "this unit already has report " + existing + " for period " + period + ": edit that one";
        }
    }

    record PeriodRefused(String period, String reason) implements ReportRejection {
        public String detail() {
            return "period " + period + ": " + reason;
        }
    }

    record InvalidContent(List<ReportContent.Violation> violations) implements ReportRejection {
        public String detail() {
            return violations.size() + " problem(s) in the report";
        }
    }

    record UnknownSupportRequest(int index) implements ReportRejection {
        public String detail() {
            return "the report has no support request " + index;
        }
    }

    record StaleVersion(long expected, long actual) implements ReportRejection {
        public String detail() {
            return "the report is at version " + actual + ", not " + expected;
        }
    }
}
