package org.reformhub.kernel.rule;

import java.util.List;

/**
 * A business rule said no. Aggregates, policies and use cases return rejections as values (one sealed family per
 * feature); the service's REST layer maps each to a stable problem type in one table, so domain and application
 * code never pick HTTP statuses (decision 0005: the one way to refuse).
 */
public interface Rejection {

    /** What was refused and why, in the caller's terms (no class names). */
    String detail();

    /** The fields of the request the refusal is about, named as the caller sent them; none by default. */
    default List<FieldMistake> fields() {
        return List.of();
    }

    /** One field the caller should correct, and how, shown beside that field on a form. */
    record FieldMistake(String field, String message) {
    }
}
