package org.reformhub.notifications.delivery.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The webhook signature a receiver checks: {@code sha256=} and the hex HMAC-SHA256, keyed with the department's
 * shared secret, of {@code <timestamp>.<body>}. The timestamp (epoch seconds, its own header) is signed too, so a
 * receiver that rejects old timestamps cannot be fed a replayed request.
 */
public final class WebhookSignature {

    public static final String SIGNATURE_HEADER = "X-ReformHub-Signature";
    public static final String TIMESTAMP_HEADER = "X-ReformHub-Timestamp";
    public static final String DELIVERY_HEADER = "X-ReformHub-Delivery";

    private WebhookSignature() {
    }

    public static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "sha256=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Constant-time check, as a receiver does it. */
    public static boolean verify(String secret, long timestamp, String body, String signature) {
        return signature != null && MessageDigest.isEqual(sign(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }
}
