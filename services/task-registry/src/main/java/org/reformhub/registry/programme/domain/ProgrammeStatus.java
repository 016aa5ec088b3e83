package org.reformhub.registry.programme.domain;

/** Whether a programme's measures may still change. */
public enum ProgrammeStatus {
    /** measures are worked on, edited and re-imported */
    ACTIVE,
    /** read-only, kept for history and export */
    CLOSED
}
