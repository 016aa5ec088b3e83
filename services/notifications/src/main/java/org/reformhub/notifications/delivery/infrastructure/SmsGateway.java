package org.reformhub.notifications.delivery.infrastructure;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The city's SMS gateway (短信平台), which texts enterprises: it takes the webhook channel's contract — the signed
 * JSON POST a department's gateway takes — with a {@code to} (the mobile number). Unset, enterprises get no SMS.
 */
@ApplicationScoped
public class SmsGateway {

    /** A delivery's address for a text message: {@code sms:<mobile digits>}. */
    public static final String SCHEME = "sms:";

    private final Optional<String> url;
    private final Optional<String> secret;

    public SmsGateway(@ConfigProperty(name = "reformhub.notifications.sms-gateway.url") Optional<String> url,
                      @ConfigProperty(name = "reformhub.notifications.sms-gateway.secret") Optional<String> secret) {
        this.url = url.filter(u -> !u.isBlank());
        this.secret = secret.filter(s -> !s.isBlank());
    }

    public boolean configured() {
        return url.isPresent() && secret.isPresent();
    }

    public Optional<String> url() {
        return url;
    }

    public Optional<String> secret() {
        return secret;
    }

    public static boolean isSms(String address) {
        return address.startsWith(SCHEME);
    }
}
