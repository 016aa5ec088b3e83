package org.reformhub.registry.measure.domain;

import org.reformhub.kernel.rule.Rejection;

import static org.reformhub.registry.RegistryTexts.text;

/** Why the measure register refused a request. */
public sealed interface MeasureRejection extends Rejection {

    record UnknownMeasure(MeasureId id) implements MeasureRejection {
        @Override
        public String detail() {
            return text("measure.unknown", id);
        }
    }

    record MeasureCodeTaken(MeasureId id) implements MeasureRejection {
        @Override
        public String detail() {
            return text("measure.code-taken", id);
        }
    }

    /** Archived measures are kept for history and never change again. */
    record MeasureArchived(MeasureId id) implements MeasureRejection {
        @Override
        public String detail() {
            return text("measure.archived", id);
        }
    }

    /** Someone changed the measure since the caller read it (optimistic locking). */
    record StaleVersion(MeasureId id, long current, long expected) implements MeasureRejection {
        @Override
        public String detail() {
            return text("measure.stale-version", id, current, expected);
        }
    }

    /** The edit would leave the measure without what every measure needs. */
    record IncompleteMeasure(String reason) implements MeasureRejection {
        @Override
        public String detail() {
            return reason;
        }
    }
}
