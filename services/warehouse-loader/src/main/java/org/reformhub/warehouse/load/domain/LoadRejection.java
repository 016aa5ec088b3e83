package org.reformhub.warehouse.load.domain;

import org.reformhub.kernel.rule.Rejection;

/** Why a question about the load could not be answered. */
public sealed interface LoadRejection extends Rejection {

    /** How far the load is behind is measured against Kafka's end offsets, and Kafka did not answer. */
    record ProgressUnknown() implements LoadRejection {
        public String detail() {
            return "Kafka 暂不可用，无法得知装载进度，请稍后重试";
        }
    }
}
