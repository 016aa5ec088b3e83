package org.reformhub.registry.measure.domain;

import java.time.Instant;
import java.util.List;

/** The full state of a measure as the API and the events show it. */
public record MeasureSnapshot(
        String code,
        MeasureList list,
        String domain,
        String title,
        List<ResponsibleUnit> leadUnits,
        List<ResponsibleUnit> cooperatingUnits,
        Deadline deadline,
        Instant createdAt,
        long version) {
}
