package org.reformhub.progress.report.domain;

import java.time.Instant;

/** One step in a report's history: who did what when, and why when it was returned. Never changed afterwards. */
public class ReportStep {

    public enum Action { IMPORTED, CREATED, EDITED, SUBMITTED, APPROVED, RETURNED, SUPPORT_ANSWERED }

    private Action action;
    private ReportStatus statusAfter;
    private String actor;
    private String actorDept;
    private Instant at;
    private String note;

    protected ReportStep() {
        // JPA (mapped in META-INF/orm.xml)
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
