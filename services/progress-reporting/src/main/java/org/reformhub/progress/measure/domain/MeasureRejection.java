package org.reformhub.progress.measure.domain;

import org.reformhub.kernel.rule.Rejection;

import static org.reformhub.progress.ProgressTexts.text;

/** Why a request about a measure was refused; each has one problem type in {@code ProgressRejections}. */
public sealed interface MeasureRejection extends Rejection {

    record UnknownMeasure(String programme, String code) implements MeasureRejection {
        public String detail() {
            return text("measure.unknown", programme, code);
        }
    }

    record MeasureArchived(String programme, String code) implements MeasureRejection {
        public String detail() {
            return text("measure.archived", programme, code);
        }
    }

    record UnknownProgramme(String programme) implements MeasureRejection {
        public String detail() {
            return text("measure.unknown-programme", programme);
        }
    }
}
