package org.reformhub.notifications.template.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One wording of one rule for one channel. Versions are never changed or deleted: a notification records the
 * version it was rendered with, and the rendered text itself, so editing a template never rewrites what was sent.
 * BUNDLED versions come with a release ({@code templates/<channel>/<rule>.txt}), EDITED ones from the office.
 */
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

    private String channel;
    private String rule;
    private int version;
    private String origin;
    private String checksum;
    private String text;
    private Instant createdAt;
    private String createdBy;

    protected TemplateVersion() {
        // JPA (mapped in META-INF/orm.xml)
    }

    public record TemplateVersionView(String channel, String rule, int version, String origin, String text,
                                      Instant createdAt, @Schema(nullable = true) String createdBy) {
    }

    public TemplateVersionView view() {
        return new TemplateVersionView(channel, rule, version, origin, text, createdAt, createdBy);
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
