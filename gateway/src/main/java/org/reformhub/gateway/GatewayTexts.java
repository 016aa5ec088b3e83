package org.reformhub.gateway;

import org.reformhub.kernel.text.MessageBundle;

/** The gateway's words for people: {@code i18n/gateway.properties} (zh-CN), behind the kernel's. */
public final class GatewayTexts {

    private static final MessageBundle BUNDLE = MessageBundle.named("i18n.gateway");

    private GatewayTexts() {
    }

    public static String text(String key, Object... args) {
        return BUNDLE.text(key, args);
    }
}
