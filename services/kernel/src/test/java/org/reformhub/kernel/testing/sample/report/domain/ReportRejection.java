package org.reformhub.kernel.testing.sample.report.domain;

import org.reformhub.kernel.rule.Rejection;

/** Fixture: a rejection family, one kind of which a table forgot. */
public sealed interface ReportRejection extends Rejection {

    record Late() implements ReportRejection {
        public String detail() {
            return "late";
        }
    }

    record Unknown() implements ReportRejection {
        public String detail() {
            return "unknown";
        }
    }
}
