package org.reformhub.kernel.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;

class IdentityProviderOutageTest {

    @Test
    void an_unreachable_or_slow_identity_provider_is_an_outage_however_deeply_wrapped() {
        assertTrue(IdentityProviderOutage.causedBy(new RuntimeException("auth failed", new ConnectException("refused"))));
        assertTrue(IdentityProviderOutage.causedBy(new RuntimeException(new RuntimeException(new TimeoutException()))));
        assertTrue(IdentityProviderOutage.causedBy(new RuntimeException("OIDC Server is not available")));
    }

    @Test
    void a_bad_token_is_not_an_outage_even_when_its_key_is_not_available() {
        assertFalse(IdentityProviderOutage.causedBy(new RuntimeException("Signature verification failed")));
        assertFalse(IdentityProviderOutage.causedBy(new RuntimeException("Verification key with kid 'x' is not available")));
        assertFalse(IdentityProviderOutage.causedBy(null));
    }

    @Test
    void the_root_cause_names_the_innermost_failure() {
        var failure = new RuntimeException("outer", new IllegalStateException("middle", new ConnectException("refused")));
        assertEquals("java.net.ConnectException: refused", IdentityProviderOutage.rootCause(failure));
    }
}
