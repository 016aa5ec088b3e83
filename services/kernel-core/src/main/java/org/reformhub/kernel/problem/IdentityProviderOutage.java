package org.reformhub.kernel.problem;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

/**
 * Tells a token that could not be checked (Keycloak down or unreachable: 503, the platform's fault)
 * from a token that is bad (401, the caller's fault). One rule for the services' error mapper and the gateway.
 */
public final class IdentityProviderOutage {

    private IdentityProviderOutage() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException || t instanceof TimeoutException) {
                return true;
            }
            // only quarkus-oidc's own words for "could not reach the server": an unknown signing key says
            // "…is not available" too, and that is the caller's bad token (401), not an outage
            String message = String.valueOf(t.getMessage()).toLowerCase();
            if (message.contains("oidc server is not available") || message.contains("connection refused")
                    || message.contains("tenant configuration has not been resolved")) {
                return true;
            }
        }
        return false;
    }

    /** The innermost cause, for a log line that says what actually went wrong. */
    public static String rootCause(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.toString();
    }
}
