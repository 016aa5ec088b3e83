package org.reformhub.registry.programme.domain;

import java.time.Instant;

/** A programme's full state, read-only, for mapping to the API and events. */
public record ProgrammeSnapshot(String code, ProgrammeDescription description, ProgrammeStatus status, Instant createdAt,
                                Instant updatedAt, long version) {
}
