package org.reformhub.notifications.delivery.domain;

import org.reformhub.kernel.rule.Rejection;

import static org.reformhub.notifications.NotificationTexts.text;

/** Why a request about an e-mail or webhook delivery was refused. */
public sealed interface DeliveryRejection extends Rejection {

    record UnknownDelivery(java.util.UUID id) implements DeliveryRejection {
        public String detail() {
            return text("delivery.unknown", id);
        }
    }

    /** Only a delivery that gave up is sent again by hand; one still on its way or sent stays as it is. */
    record OnlyFailedRetried(DeliveryStatus status) implements DeliveryRejection {
        public String detail() {
            return text("delivery.retry-failed-only", status);
        }
    }
}
