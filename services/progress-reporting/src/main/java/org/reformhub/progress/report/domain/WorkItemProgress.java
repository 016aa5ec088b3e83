package org.reformhub.progress.report.domain;

/** Progress on one numbered work item (工作措施) of the measure, 1-based as the table numbers them. */
public record WorkItemProgress(int item, State state, String note) {

    public enum State { DONE, IN_PROGRESS, NOT_STARTED }
}
