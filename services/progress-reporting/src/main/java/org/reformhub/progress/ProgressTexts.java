package org.reformhub.progress;

import org.reformhub.kernel.text.MessageBundle;

/** Progress reporting's words for people: {@code i18n/progress.properties} (zh-CN). */
public final class ProgressTexts {

    private static final MessageBundle BUNDLE = MessageBundle.named("i18n.progress");

    private ProgressTexts() {
    }

    public static String text(String key, Object... args) {
        return BUNDLE.text(key, args);
    }
}
