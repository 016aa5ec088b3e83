package org.reformhub.notifications.rule.domain;

/** How a notification reaches its recipient: the in-app inbox, e-mail, or the department's webhook (SMS / WeCom / DingTalk). */
public enum Channel {
    INBOX, EMAIL, WEBHOOK;

    /** Template folder name under {@code templates/}. */
    public String folder() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
