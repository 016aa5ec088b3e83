package org.reformhub.progress.report.domain;

import java.util.List;
import java.util.UUID;

import org.reformhub.kernel.rule.Rejection;

import static org.reformhub.progress.ProgressTexts.text;

/** Why a report was refused; each has one problem type in {@code ProgressRejections}. */
public sealed interface ReportRejection extends Rejection {

    record UnknownReport(UUID id) implements ReportRejection {
        public String detail() {
            return text("report.unknown", id);
        }
    }

    record NotResponsible(String dept, String programme, String code) implements ReportRejection {
        public String detail() {
            return text("report.not-responsible", dept, programme, code);
        }
    }

    record NotOwnReport(String dept) implements ReportRejection {
        public String detail() {
            return text("report.not-own", dept);
        }
    }

    record NotAsked(String dept) implements ReportRejection {
        public String detail() {
            return text("report.not-asked", dept);
        }
    }

    record ReviewerOnly() implements ReportRejection {
        public String detail() {
            return text("report.reviewer-only");
        }
    }

    record WrongStatus(ReportStatus status, String action) implements ReportRejection {
        public String detail() {
            return text("report.wrong-status", text("report.status." + status.name()), text("report.action." + action));
        }
    }

    record AlreadyReported(UUID existing, String period) implements ReportRejection {
        public String detail() {
            return text("report.already-reported", existing, period);
        }
    }

    record PeriodRefused(String period, String reason) implements ReportRejection {
        public String detail() {
            return text("report.period-refused", period, reason);
        }

        @Override
        public List<FieldMistake> fields() {
            return List.of(new FieldMistake("period", detail()));
        }
    }

    record InvalidContent(List<ReportContent.Violation> violations) implements ReportRejection {
        public String detail() {
            return text("report.invalid-content", violations.size());
        }

        @Override
        public List<FieldMistake> fields() {
            return violations.stream().map(v -> new FieldMistake(v.field(), v.message())).toList();
        }
    }

    record UnknownSupportRequest(int index) implements ReportRejection {
        public String detail() {
            return text("report.unknown-support-request", index);
        }
    }

    record StaleVersion(long expected, long actual) implements ReportRejection {
        public String detail() {
            return text("report.stale-version", actual, expected);
        }
    }
}
