package org.reformhub.registry.programme.domain;

import java.util.List;

/** What happened to a programme (mapped to published contracts in {@code programme.events}). */
public sealed interface ProgrammeEvent {

    ProgrammeSnapshot programme();

    List<String> changedFields();

    record ProgrammeCreated(ProgrammeSnapshot programme) implements ProgrammeEvent {
        @Override
        public List<String> changedFields() {
            return List.of();
        }
    }

    record ProgrammeUpdated(ProgrammeSnapshot programme, List<String> changedFields) implements ProgrammeEvent {
    }

    /** Closed or reopened. */
    record ProgrammeStatusChanged(ProgrammeSnapshot programme) implements ProgrammeEvent {
        @Override
        public List<String> changedFields() {
            return List.of("status");
        }
    }
}
