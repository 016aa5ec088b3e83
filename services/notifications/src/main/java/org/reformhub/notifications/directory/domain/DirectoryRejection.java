package org.reformhub.notifications.directory.domain;

import java.util.List;

import org.reformhub.kernel.rule.Rejection;

import static org.reformhub.notifications.NotificationTexts.text;

/** Why a request about a department's channels (e-mail, webhook) was refused. */
public sealed interface DirectoryRejection extends Rejection {

    record UnknownDepartment(String code) implements DirectoryRejection {
        public String detail() {
            return text("directory.unknown", code);
        }
    }

    /** A webhook is called over HTTP(S) at a host. */
    record WebhookUrlRefused() implements DirectoryRejection {
        public String detail() {
            return text("directory.webhook-url");
        }

        @Override
        public List<FieldMistake> fields() {
            return List.of(new FieldMistake("webhookUrl", text("directory.webhook-url-field")));
        }
    }

    /** A webhook is signed, so the department can tell our calls from anyone else's. */
    record WebhookSecretMissing() implements DirectoryRejection {
        public String detail() {
            return text("directory.webhook-secret");
        }

        @Override
        public List<FieldMistake> fields() {
            return List.of(new FieldMistake("webhookSecret", text("directory.webhook-secret-field")));
        }
    }
}
