package org.reformhub.notifications.delivery.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

import org.reformhub.notifications.rule.domain.Channel;

/**
 * One message to one address through one channel (e-mail or webhook), rendered once when it was planned so a later
 * template version never changes what it says. Its status moves only through the methods below.
 */
public class Delivery {

    private UUID id;
    private UUID notificationId;
    private String recipientKey;
    private Channel channel;
    private String address;
    private String rule;
    private String category;
    private String severity;
    private String subject;
    private String body;
    private int templateVersion;
    private String sourceEventId;
    private String sourceEventType;
    private DeliveryStatus status;
    private int attempts;
    private Instant notBefore;
    private String lastError;
    private UUID digestId;
    private Instant createdAt;
    private Instant sentAt;

    protected Delivery() {
        // JPA (mapped in META-INF/orm.xml)
    }

    /** What admins and the recipient's IT team see of a delivery (the body is kept, but not listed). */
    public record DeliveryView(UUID id, @Schema(nullable = true) UUID notificationId, String recipient, String channel, String address,
                               String rule, String category, String severity, String subject, int templateVersion,
                               String status, int attempts, Instant notBefore, @Schema(nullable = true) String lastError, String sourceEventId,
                               Instant createdAt, @Schema(nullable = true) Instant sentAt) {
    }

    public DeliveryView view() {
        return new DeliveryView(id, notificationId, recipientKey, channel.name(), address, rule, category, severity, subject,
                templateVersion, status.name(), attempts, notBefore, lastError, sourceEventId, createdAt, sentAt);
    }

    /** The channel took the message. */
    public void sent(Instant now) {
        status = DeliveryStatus.SENT;
        attempts++;
        sentAt = now;
        lastError = null;
    }

    /**
     * An attempt failed: tried again after the policy's wait, or FAILED when the failure is permanent or no attempt
     * is left. @return true when the delivery has now failed for good
     */
    public boolean failed(DeliveryFailure failure, RetryPolicy policy, Instant now) {
        attempts++;
        lastError = truncate(failure.getMessage());
        var next = failure.permanent() ? java.util.Optional.<Instant>empty() : policy.nextAttempt(attempts, now);
        if (next.isPresent()) {
            status = DeliveryStatus.RETRYING;
            notBefore = next.get();
            return false;
        }
        status = DeliveryStatus.FAILED;
        return true;
    }

    /** An admin sends a failed delivery again (a fixed address, an endpoint back up); its key stays the same. */
    public boolean retry(Instant now) {
        if (status != DeliveryStatus.FAILED) {
            return false;
        }
        status = DeliveryStatus.PENDING;
        notBefore = now;
        return true;
    }

    /** Went out as part of a daily digest. */
    public void digested(UUID digest) {
        status = DeliveryStatus.DIGESTED;
        digestId = digest;
    }

    private static String truncate(String text) {
        String t = text == null ? "unknown error" : text;
        return t.length() > 500 ? t.substring(0, 500) : t;
    }

    public UUID id() {
        return id;
    }

    public UUID notificationId() {
        return notificationId;
    }

    public String recipientKey() {
        return recipientKey;
    }

    public Channel channel() {
        return channel;
    }

    public String address() {
        return address;
    }

    public String rule() {
        return rule;
    }

    public String category() {
        return category;
    }

    public String severity() {
        return severity;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public String sourceEventId() {
        return sourceEventId;
    }

    public String sourceEventType() {
        return sourceEventType;
    }

    public DeliveryStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
