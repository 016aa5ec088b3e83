package org.reformhub.registry.measure.domain;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** The full state of a measure as the API and the events show it (content fields at the top level). */
public record MeasureSnapshot(
        String code,
        @JsonUnwrapped MeasureContent content,
        boolean archived,
        Instant createdAt,
        Instant updatedAt,
        long version) {
}
