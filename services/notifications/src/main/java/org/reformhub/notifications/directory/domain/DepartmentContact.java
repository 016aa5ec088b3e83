package org.reformhub.notifications.directory.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.Optional;

/**
 * A department as the notifications know it: name and contact e-mail from the registry's catalogue events, and
 * what the department's IT team sets here — the head contact (督办 escalations) and a webhook (its SMS / WeCom /
 * DingTalk gateway) with the shared secret that signs each call.
 */
public class DepartmentContact {

    private String code;
    private String name;
    private String email;
    private String mergedInto;
    private String headEmail;
    private String webhookUrl;
    private String webhookSecret;
    private Instant updatedAt;

    protected DepartmentContact() {
        // JPA (mapped in META-INF/orm.xml)
    }

    public DepartmentContact(String code, String name, Instant now) {
        this.code = code;
        this.name = name;
        this.updatedAt = now;
    }

    /** What the department's IT team reads back: the secret is never shown, only whether one is set. */
    public record DepartmentContactView(String code, String name, @Schema(nullable = true) String email, @Schema(nullable = true) String mergedInto, @Schema(nullable = true) String headEmail,
                                        @Schema(nullable = true) String webhookUrl, boolean webhookSecretSet, Instant updatedAt) {
    }

    public DepartmentContactView view() {
        return new DepartmentContactView(code, name, email, mergedInto, headEmail, webhookUrl, webhookSecret != null, updatedAt);
    }

    /** The registry's catalogue changed (created, renamed, new e-mail, merged into another department). */
    public void catalogued(String name, String email, String mergedInto, Instant now) {
        this.name = name;
        this.email = email;
        this.mergedInto = mergedInto;
        this.updatedAt = now;
    }

    public void channels(String headEmail, String webhookUrl, String webhookSecret, Instant now) {
        this.headEmail = headEmail;
        this.webhookUrl = webhookUrl;
        if (webhookUrl == null) {
            this.webhookSecret = null;
        } else if (webhookSecret != null) {
            this.webhookSecret = webhookSecret;
        }
        this.updatedAt = now;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Optional<String> email() {
        return Optional.ofNullable(email).filter(e -> !e.isBlank());
    }

    public Optional<String> mergedInto() {
        return Optional.ofNullable(mergedInto);
    }

    public Optional<String> headEmail() {
        return Optional.ofNullable(headEmail);
    }

    /** A webhook is used only with its secret: an unsigned call would be worthless to the receiver. */
    public Optional<String> webhookUrl() {
        return webhookSecret == null ? Optional.empty() : Optional.ofNullable(webhookUrl);
    }

    public Optional<String> webhookSecret() {
        return Optional.ofNullable(webhookSecret);
    }
}
