package org.reformhub.appeals.appeal.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 诉求: a difficulty an enterprise files through 企业直通车. */
@Entity
@Table(name = "appeal")
public class Appeal {

    @Id
    private UUID id;

    /** 统一社会信用代码 of the filing enterprise: the owner of the appeal. */
    @Column(nullable = false)
    private String uscc;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String status;

    @Column(name = "filed_at", nullable = false)
    private Instant filedAt;

    protected Appeal() {
        // JPA
    }

    public AppealView view() {
        return new AppealView(id, uscc, title, status, filedAt);
    }

    public record AppealView(UUID id, String uscc, String title, String status, Instant filedAt) {
    }
}
