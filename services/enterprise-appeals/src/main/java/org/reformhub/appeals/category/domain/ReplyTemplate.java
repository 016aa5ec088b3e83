package org.reformhub.appeals.category.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * 答复模板: the office's standard wording for answers in one category (the rules that apply, where to apply, whom to
 * call), which a handling unit starts its answer from and then fits to the case. A category has at most
 * {@link #MAX_PER_CATEGORY}, so the choice stays short.
 */
@Entity
@Table(name = "reply_template")
public class ReplyTemplate {

    public static final int MAX_PER_CATEGORY = 20;

    @Id
    private UUID id;

    @Column(name = "category_code", nullable = false)
    private String categoryCode;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String body;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ReplyTemplate() {
        // JPA
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
