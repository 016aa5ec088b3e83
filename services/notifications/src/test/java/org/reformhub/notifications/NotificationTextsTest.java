package org.reformhub.notifications;

import org.junit.jupiter.api.Test;

import org.reformhub.kernel.testing.MessageKeys;
import org.reformhub.kernel.text.MessageBundle;

/** Every word this service answers people with is looked up in {@code i18n/notifications.properties}: none is missing. */
class NotificationTextsTest {

    private static final MessageBundle BUNDLE = MessageBundle.named("i18n.notifications");

    @Test
    void every_message_notifications_names_is_in_its_bundle() {
        MessageKeys.assertEveryUsedKeyExists("services/notifications", BUNDLE);
        MessageKeys.assertEveryConstantHasWords(BUNDLE, "supervision.status.",
                org.reformhub.notifications.supervision.domain.NoticeStatus.values());
        MessageKeys.assertEverySlugHasWords("services/notifications", BUNDLE, "supervision.action.",
                java.util.regex.Pattern.compile("WrongStatus\\(number, status, \"([a-z-]+)\""));
    }
}
