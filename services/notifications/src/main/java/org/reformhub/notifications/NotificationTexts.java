package org.reformhub.notifications;

import org.reformhub.kernel.text.MessageBundle;

/** The notification service's words for people: {@code i18n/notifications.properties} (zh-CN). */
public final class NotificationTexts {

    private static final MessageBundle BUNDLE = MessageBundle.named("i18n.notifications");

    private NotificationTexts() {
    }

    public static String text(String key, Object... args) {
        return BUNDLE.text(key, args);
    }
}
