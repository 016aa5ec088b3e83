package org.reformhub.registry.measure.domain;

import java.util.List;

import org.reformhub.kernel.event.DomainEvent;

/** Events of the measure aggregate on {@code reform.registry}. */
public sealed interface MeasureEvent extends DomainEvent {

    String CREATED = "reform.registry.measure.created.v1";

    /** Body shape shared by all measure events: the whole measure plus the names of the fields that changed. */
    record Body(MeasureSnapshot measure, List<String> changedFields) {
    }

    record MeasureCreated(MeasureSnapshot measure) implements MeasureEvent {
        @Override
        public String type() {
            return CREATED;
        }

        @Override
        public String aggregateId() {
            return measure.code();
        }

        @Override
        public Object body() {
            return new Body(measure, List.of());
        }
    }
}
