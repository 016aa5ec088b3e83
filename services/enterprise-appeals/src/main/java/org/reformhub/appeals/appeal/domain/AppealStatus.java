package org.reformhub.appeals.appeal.domain;

/**
 * submitted → accepted (受理) or rejected (不予受理) → assigned (交办) → answered (答复) → closed after a rating;
 * a unit may send an assignment back (退回) for the supervision office to reassign; a dissatisfied rating
 * reopens the case for rectification (整改).
 */
public enum AppealStatus {
    SUBMITTED,
    ACCEPTED,
    REJECTED,
    ASSIGNED,
    SENT_BACK,
    ANSWERED,
    REOPENED,
    /** Merged into an original case: it follows the original's answer. */
    MERGED,
    CLOSED;

    public boolean open() {
        return this != REJECTED && this != CLOSED && this != MERGED;
    }
}
