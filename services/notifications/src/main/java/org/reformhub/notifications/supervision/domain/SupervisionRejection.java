package org.reformhub.notifications.supervision.domain;

import org.reformhub.kernel.rule.Rejection;

/** Why a step of a supervision notice was refused. */
public sealed interface SupervisionRejection extends Rejection {

    record UnknownNotice(String id) implements SupervisionRejection {
        @Override
        public String detail() {
            return "supervision notice " + id + " does not exist";
        }
    }

    record WrongStatus(String number, NoticeStatus status, String step) implements SupervisionRejection {
        @Override
        public String detail() {
            return "督办单 " + number + " is " + status + "; it cannot be " + step;
        }
    }

    record ReplyDueInPast(String replyDue) implements SupervisionRejection {
        @Override
        public String detail() {
            return "replyDue " + replyDue + " is in the past";
        }
    }
}
