package org.reformhub.appeals.session.domain;

/** What a face-to-face session decided about one appeal on its agenda. */
public enum SessionOutcome {
    /** 现场解决: answered as resolved at the session. */
    SOLVED_ON_SPOT,
    /** 明确办理时限: the session set the time limit. */
    TIME_LIMIT_SET,
    /** 提请上级协调: beyond what the session could settle; the city office takes the case up and supervises it. */
    ESCALATED,
    /** Not reached, or left for the next session (recorded when the session closes). */
    CARRIED_OVER
}
