package org.reformhub.notifications.template.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * One wording of one rule for one channel. Versions are never changed or deleted: a notification records the
 * version it was rendered with, and the rendered text itself, so editing a template never rewrites what was sent.
 * BUNDLED versions come with a release ({@code templates/<channel>/<rule>.txt}), EDITED ones from the office.
 */
@Entity
@Table(name = "template_version")
@IdClass(TemplateVersion.Key.class)
public class TemplateVersion {

    public static class Key implements Serializable {
        String channel;
        String rule;
        int version;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.channel.equals(channel) && k.rule.equals(rule) && k.version == version;
        }

        @Override
        public int hashCode() {
            return Objects.hash(channel, rule, version);
        }
    }

    @Id
    private String channel;

    @Id
    private String rule;

    @Id
    private int version;

    @Column(nullable = false)
    private String origin;

    @Column(nullable = false)
    private String checksum;

    @Column(nullable = false, columnDefinition = "text")
    private String text;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    protected TemplateVersion() {
        // JPA
    }

    public record View(String channel, String rule, int version, String origin, String text, Instant createdAt,
                       String createdBy) {
    }

    public View view() {
        return new View(channel, rule, version, origin, text, createdAt, createdBy);
    }

    public String channel() {
        return channel;
    }

    public String rule() {
        return rule;
    }

    public int version() {
        return version;
    }

    public String origin() {
        return origin;
    }

    public String checksum() {
        return checksum;
    }

    public String text() {
        return text;
    }
}
