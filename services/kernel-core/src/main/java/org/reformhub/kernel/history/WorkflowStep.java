package org.reformhub.kernel.history;

import java.time.Instant;

/**
 * One step of a workflow's history (a case's, a report's): who did it — the person, and the unit they acted for, if
 * any —, when, and why. Each workflow's step adds what it did and the status it left, in its own words (its action
 * and status types). Never changed afterwards. Stored with the workflow's row, mapped as a mapped superclass in the
 * service's {@code META-INF/orm.xml}.
 */
public abstract class WorkflowStep {

    private String actor;
    private String actorDept;
    private Instant at;
    private String note;

    protected WorkflowStep() {
        // JPA (mapped in META-INF/orm.xml)
    }

    protected WorkflowStep(String actor, String actorDept, Instant at, String note) {
        this.actor = actor;
        this.actorDept = actorDept;
        this.at = at;
        this.note = note;
    }

    /** The person (user name) who took the step, or the system's name for steps it takes itself. */
    public String actor() {
        return actor;
    }

    /** The unit the person acted for; null for the office, an enterprise or the system. */
    public String actorDept() {
        return actorDept;
    }

    public Instant at() {
        return at;
    }

    /** Why, or what was given (a reason, a unit, a date); null when the step says it all. */
    public String note() {
        return note;
    }
}
