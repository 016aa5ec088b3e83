package org.reformhub.registry;

import org.reformhub.kernel.text.MessageBundle;

/** The registry's words for people: {@code i18n/registry.properties} (zh-CN). */
public final class RegistryTexts {

    private static final MessageBundle BUNDLE = MessageBundle.named("i18n.registry");

    private RegistryTexts() {
    }

    public static String text(String key, Object... args) {
        return BUNDLE.text(key, args);
    }
}
