package org.reformhub.progress.report.domain;

import java.time.Instant;

import org.reformhub.kernel.history.WorkflowStep;

/** One step in a report's history: who did what when, and why when it was returned. Never changed afterwards. */
public class ReportStep extends WorkflowStep {

    public enum Action { IMPORTED, CREATED, EDITED, SUBMITTED, APPROVED, RETURNED, SUPPORT_ANSWERED }

    private Action action;
    private ReportStatus statusAfter;

    protected ReportStep() {
        // JPA (mapped in META-INF/orm.xml)
    }

    ReportStep(Action action, ReportStatus statusAfter, Actor actor, Instant at, String note) {
        super(actor.name(), actor.dept(), at, note);
        this.action = action;
        this.statusAfter = statusAfter;
    }

    public Action action() {
        return action;
    }

    public ReportStatus statusAfter() {
        return statusAfter;
    }
}
