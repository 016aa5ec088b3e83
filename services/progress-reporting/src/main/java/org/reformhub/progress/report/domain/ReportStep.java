package org.reformhub.progress.report.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One step in a report's history: who did what when, and why when it was returned. Never changed afterwards. */
@Embeddable
public class ReportStep {

    public enum Action { IMPORTED, CREATED, EDITED, SUBMITTED, APPROVED, RETURNED, SUPPORT_ANSWERED }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Action action;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_after", nullable = false)
    private ReportStatus statusAfter;

    @Column(nullable = false)
    private String actor;

    @Column(name = "actor_dept")
    private String actorDept;

    @Column(nullable = false)
    private Instant at;

    @Column(columnDefinition = "text")
    private String note;

    protected ReportStep() {
        // JPA
    }

    ReportStep(Action action, ReportStatus statusAfter, Actor actor, Instant at, String note) {
        this.action = action;
        this.statusAfter = statusAfter;
        this.actor = actor.name();
        this.actorDept = actor.dept();
        this.at = at;
        this.note = note;
    }

    public Action action() {
        return action;
    }

    public ReportStatus statusAfter() {
        return statusAfter;
    }

    public String actor() {
        return actor;
    }

    public String actorDept() {
        return actorDept;
    }

    public Instant at() {
        return at;
    }

    public String note() {
        return note;
    }
}
