package org.reformhub.appeals.category.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * 答复模板: the office's standard wording for answers in one category (the rules that apply, where to apply, whom to
 * call), which a handling unit starts its answer from and then fits to the case. A category has at most
 * {@link #MAX_PER_CATEGORY}, so the choice stays short.
 */
public class ReplyTemplate {

    public static final int MAX_PER_CATEGORY = 20;

    private UUID id;
    private String categoryCode;
    private String title;
    private String body;
    private String updatedBy;
    private Instant updatedAt;
    private long version;

    protected ReplyTemplate() {
        // JPA (mapped in META-INF/orm.xml)
    }

    public ReplyTemplate(String categoryCode, String title, String body, String by, Instant at) {
        this.id = UUID.randomUUID();
        this.categoryCode = categoryCode;
        reword(title, body, by, at);
    }

    public void reword(String title, String body, String by, Instant at) {
        this.title = title.strip();
        this.body = body.strip();
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public UUID id() {
        return id;
    }

    public String categoryCode() {
        return categoryCode;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
