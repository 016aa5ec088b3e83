package org.reformhub.notifications.supervision.domain;

import org.reformhub.kernel.rule.Rejection;

import static org.reformhub.notifications.NotificationTexts.text;

/** Why a step of a supervision notice was refused. */
public sealed interface SupervisionRejection extends Rejection {

    /** A department reads its own notices (and those who see every unit read any). */
    record OwnUnitOnly() implements SupervisionRejection {
        @Override
        public String detail() {
            return text("supervision.own-unit-only");
        }
    }

    record UnknownNotice(String id) implements SupervisionRejection {
        @Override
        public String detail() {
            return text("supervision.unknown", id);
        }
    }

    record WrongStatus(String number, NoticeStatus status, String step) implements SupervisionRejection {
        @Override
        public String detail() {
            return text("supervision.wrong-status", number, text("supervision.status." + status.name()), text("supervision.action." + step));
        }
    }

    record ReplyDueInPast(String replyDue) implements SupervisionRejection {
        @Override
        public String detail() {
            return text("supervision.reply-due-past", replyDue);
        }
    }
}
