package org.reformhub.appeals;

import org.reformhub.kernel.text.MessageBundle;

/** The appeal channel's words for people: {@code i18n/appeals.properties} (zh-CN). */
public final class AppealTexts {

    private static final MessageBundle BUNDLE = MessageBundle.named("i18n.appeals");

    private AppealTexts() {
    }

    public static String text(String key, Object... args) {
        return BUNDLE.text(key, args);
    }
}
