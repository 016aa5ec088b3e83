package org.reformhub.registry.measure.domain;

import java.util.List;

import org.reformhub.kernel.event.DomainEvent;

/** Events of the measure aggregate on {@code reform.registry}: the whole measure plus what changed. */
public sealed interface MeasureEvent extends DomainEvent {

    String CREATED = "reform.registry.measure.created.v1";
    String UPDATED = "reform.registry.measure.updated.v1";
    String ARCHIVED = "reform.registry.measure.archived.v1";

    MeasureSnapshot measure();

    /** Body shape shared by all measure events. */
    record Body(MeasureSnapshot measure, List<String> changedFields) {
    }

    @Override
    default String aggregateId() {
        return measure().code();
    }

    record MeasureCreated(MeasureSnapshot measure) implements MeasureEvent {
        @Override
        public String type() {
            return CREATED;
        }

        @Override
        public Object body() {
            return new Body(measure, List.of());
        }
    }

    record MeasureUpdated(MeasureSnapshot measure, List<String> changedFields) implements MeasureEvent {
        @Override
        public String type() {
            return UPDATED;
        }

        @Override
        public Object body() {
            return new Body(measure, changedFields);
        }
    }

    record MeasureArchived(MeasureSnapshot measure) implements MeasureEvent {
        @Override
        public String type() {
            return ARCHIVED;
        }

        @Override
        public Object body() {
            return new Body(measure, List.of("archived"));
        }
    }
}
