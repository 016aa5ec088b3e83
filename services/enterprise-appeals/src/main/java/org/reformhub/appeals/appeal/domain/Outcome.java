package org.reformhub.appeals.appeal.domain;

/** 答复结果: resolved, partly resolved, cannot be resolved now (with a committed date, 规定办理时限), not within government remit. */
public enum Outcome {
    RESOLVED,
    PARTLY_RESOLVED,
    CANNOT_RESOLVE_NOW,
    NOT_IN_REMIT
}
