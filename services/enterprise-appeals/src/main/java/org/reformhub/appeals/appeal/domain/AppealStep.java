package org.reformhub.appeals.appeal.domain;

import java.time.Instant;

import org.reformhub.kernel.history.WorkflowStep;

/** One step of a case's history: what was done, by whom, when, and why. Never changed afterwards. */
public class AppealStep extends WorkflowStep {

    public enum Action { FILED, ACCEPTED, REJECTED, ASSIGNED, SENT_BACK, ANSWERED, RATED, REOPENED, EXTENDED, SLA_WARNING, OVERDUE, MERGED, CLOSED,
        /** A face-to-face session (每月面对面) set the time limit. */
        TIME_LIMIT_SET,
        /** Staff tagged the reform measures the case concerns. */
        TAGGED,
        /** The city office handed the case to a district's office, or took it up to the city (提级办理). */
        LEVEL_CHANGED }

    private Action action;
    private AppealStatus statusAfter;

    protected AppealStep() {
        // JPA (mapped in META-INF/orm.xml)
    }

    AppealStep(Action action, AppealStatus statusAfter, AppealActor actor, Instant at, String note) {
        super(actor.name(), actor.dept(), at, note);
        this.action = action;
        this.statusAfter = statusAfter;
    }

    public Action action() {
        return action;
    }

    public AppealStatus statusAfter() {
        return statusAfter;
    }
}
