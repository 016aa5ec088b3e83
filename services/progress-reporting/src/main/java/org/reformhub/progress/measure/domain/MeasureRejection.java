package org.reformhub.progress.measure.domain;

import org.reformhub.kernel.rule.Rejection;

/** Why a request about a measure was refused; each has one problem type in {@code ProgressRejections}. */
public sealed interface MeasureRejection extends Rejection {

    record UnknownMeasure(String programme, String code) implements MeasureRejection {
        public String detail() {
            return "measure " + programme + "/" + code + " is not known to progress reporting";
        }
    }

    record MeasureArchived(String programme, String code) implements MeasureRejection {
        public String detail() {
            return "measure " + programme + "/" + code + " is archived: no more reports";
        }
    }

    record UnknownProgramme(String programme) implements MeasureRejection {
        public String detail() {
            return "programme " + programme + " has no measures known to progress reporting";
        }
    }
}
