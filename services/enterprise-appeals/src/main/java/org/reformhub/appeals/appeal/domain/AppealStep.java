package org.reformhub.appeals.appeal.domain;

import java.time.Instant;

/** One step of a case's history: what was done, by whom, when, and why. Never changed afterwards. */
public class AppealStep {

    public enum Action { FILED, ACCEPTED, REJECTED, ASSIGNED, SENT_BACK, ANSWERED, RATED, REOPENED, EXTENDED, SLA_WARNING, OVERDUE, MERGED, CLOSED,
        /** A face-to-face session (每月面对面) set the time limit. */
        TIME_LIMIT_SET,
        /** Staff tagged the reform measures the case concerns. */
        TAGGED,
        /** The city office handed the case to a district's office, or took it up to the city (提级办理). */
        LEVEL_CHANGED }

    private Action action;
    private AppealStatus statusAfter;
    private String actor;
    private String actorDept;
    private Instant at;
    private String note;

    protected AppealStep() {
        // JPA (mapped in META-INF/orm.xml)
    }

    AppealStep(Action action, AppealStatus statusAfter, AppealActor actor, Instant at, String note) {
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

    public AppealStatus statusAfter() {
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
