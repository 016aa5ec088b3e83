package org.reformhub.registry.measure.domain;

import java.util.List;

/** What happened to a measure (mapped to the published contract in {@code measure.events}). */
public sealed interface MeasureEvent {

    MeasureSnapshot measure();

    List<String> changedFields();

    record MeasureCreated(MeasureSnapshot measure) implements MeasureEvent {
        @Override
        public List<String> changedFields() {
            return List.of();
        }
    }

    record MeasureUpdated(MeasureSnapshot measure, List<String> changedFields) implements MeasureEvent {
    }

    record MeasureArchived(MeasureSnapshot measure) implements MeasureEvent {
        @Override
        public List<String> changedFields() {
            return List.of("archived");
        }
    }
}
