package org.reformhub.notifications.template.domain;

import org.reformhub.kernel.rule.Rejection;

import static org.reformhub.notifications.NotificationTexts.text;

/** Why a request about a message template was refused. */
public sealed interface TemplateRejection extends Rejection {

    /** No rule sends messages under this name in this channel. */
    record UnknownTemplate(String template) implements TemplateRejection {
        public String detail() {
            return text("template.unknown", template);
        }
    }

    record UnknownVersion(String template, Integer version) implements TemplateRejection {
        public String detail() {
            return text("template.unknown-version", template, version);
        }
    }

    /** Qute could not parse or render the text; {@code where} is its own account, with line numbers. */
    record Unrenderable(String where) implements TemplateRejection {
        public String detail() {
            return text("template.unrenderable", where);
        }
    }

    /** Someone else saved a version at the same moment. */
    record ConcurrentChange() implements TemplateRejection {
        public String detail() {
            return text("template.concurrent-change");
        }
    }
}
