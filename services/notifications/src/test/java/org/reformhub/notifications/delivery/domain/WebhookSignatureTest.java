package org.reformhub.notifications.delivery.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    @Test
    void signs_timestamp_and_body_with_hmac_sha256() {
        // the value a receiver computes independently: echo -n '1764288000.{"a":1}' | openssl dgst -sha256 -hmac secret
        assertEquals("sha256=d18b610c5345204e37210189e80feb7cda97c766a32f2eac575fd424357c2065",
                WebhookSignature.sign("secret", 1764288000L, "{\"a\":1}"));
        String signature = WebhookSignature.sign("0123456789abcdef", 1764288000L, "{\"a\":1}");
        assertTrue(WebhookSignature.verify("0123456789abcdef", 1764288000L, "{\"a\":1}", signature));
        assertFalse(WebhookSignature.verify("0123456789abcdef", 1764288001L, "{\"a\":1}", signature));
        assertFalse(WebhookSignature.verify("0123456789abcdeX", 1764288000L, "{\"a\":1}", signature));
        assertFalse(WebhookSignature.verify("0123456789abcdef", 1764288000L, "{\"a\":2}", signature));
        assertFalse(WebhookSignature.verify("0123456789abcdef", 1764288000L, "{\"a\":1}", null));
    }
}
