package org.reformhub.kernel.rule;

/**
 * A business rule said no. Aggregates and policies return rejections as values (one sealed family per
 * feature); the service's REST layer maps each to a stable problem type in one table, so domain and
 * application code never pick HTTP statuses.
 */
public interface Rejection {

    /** What was refused and why, in the caller's terms (no class names). */
    String detail();
}
