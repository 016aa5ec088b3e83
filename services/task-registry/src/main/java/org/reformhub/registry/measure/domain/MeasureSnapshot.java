package org.reformhub.registry.measure.domain;

import java.time.Instant;

/** The full state of a measure, read-only: what the API, the events and the exports are mapped from. */
public record MeasureSnapshot(
        MeasureId id,
        MeasureContent content,
        boolean archived,
        Instant createdAt,
        Instant updatedAt,
        long version) {
}
