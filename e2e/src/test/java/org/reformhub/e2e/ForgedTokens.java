package org.reformhub.e2e;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;

/** Tokens an attacker could make from a real one: re-signed with their own key, or unsigned. */
final class ForgedTokens {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private ForgedTokens() {
    }

    /** Same header (kid included) and claims, signed with a fresh RSA key the realm has never seen. */
    static String resignedWithAnotherKey(String realToken) throws Exception {
        String[] parts = realToken.split("\\.");
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PrivateKey key = generator.generateKeyPair().getPrivate();
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initSign(key);
        rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        return parts[0] + "." + parts[1] + "." + URL.encodeToString(rs256.sign());
    }

    /** The real claims under a header naming a key id the realm never had, signed with a stranger's key. */
    static String withUnknownKeyId(String realToken, String kid) throws Exception {
        String header = URL.encodeToString(("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}")
                .getBytes(StandardCharsets.UTF_8));
        String payload = realToken.split("\\.")[1];
        return resignedWithAnotherKey(header + "." + payload + ".x");
    }

    /** The real claims under {@code "alg":"none"} and no signature. */
    static String unsigned(String realToken) {
        String payload = realToken.split("\\.")[1];
        String header = URL.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + ".";
    }
}
