package org.reformhub.notifications.rule.domain;

/**
 * One rule's words for one recipient about one event, as rendered from the rule's template: what an inbox
 * notification and every delivery of it share (the delivery adds its channel and address, the notification its
 * link). The event and rule name it once: a recipient hears of an event by a rule once per channel.
 */
public record Message(String recipientKey, String rule, String category, Severity severity, String title, String body,
                      int templateVersion, String sourceEventId, String sourceEventType) {

    /** The notice's message to one recipient, in the wording rendered for one channel. */
    public static Message of(Notice notice, Recipient recipient, String title, String body, int templateVersion,
                             String eventId, String eventType) {
        return new Message(recipient.key(), notice.rule(), notice.category(), notice.severity(), title, body,
                templateVersion, eventId, eventType);
    }
}
