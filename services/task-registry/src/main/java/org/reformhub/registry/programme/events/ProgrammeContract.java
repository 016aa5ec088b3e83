package org.reformhub.registry.programme.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.reformhub.kernel.event.OutgoingEvent;
import org.reformhub.registry.programme.domain.ProgrammeEvent;
import org.reformhub.registry.programme.domain.ProgrammeSnapshot;
import org.reformhub.registry.programme.domain.ProgrammeStatus;

/**
 * The published contract of programme events on {@code reform.registry} (docs/events/schemas). Key:
 * {@code programme:<code>}. Its own records: a domain rename does not change what consumers read.
 */
public final class ProgrammeContract {

    public static final String CREATED = "reform.registry.programme.created.v1";
    public static final String UPDATED = "reform.registry.programme.updated.v1";
    public static final String CLOSED = "reform.registry.programme.closed.v1";
    public static final String REOPENED = "reform.registry.programme.reopened.v1";

    public record ProgrammeV1(String code, String title, String issuingBody, String documentNumber, LocalDate issuedOn,
                              String status, Instant createdAt, Instant updatedAt, long version) {
    }

    public record Body(ProgrammeV1 programme, List<String> changedFields) {
    }

    private ProgrammeContract() {
    }

    public static OutgoingEvent of(ProgrammeEvent event) {
        String type;
        if (event instanceof ProgrammeEvent.ProgrammeCreated) {
            type = CREATED;
        } else if (event instanceof ProgrammeEvent.ProgrammeUpdated) {
            type = UPDATED;
        } else {
            type = event.programme().status() == ProgrammeStatus.CLOSED ? CLOSED : REOPENED;
        }
        return new OutgoingEvent(type, key(event.programme().code()), new Body(programme(event.programme()), event.changedFields()));
    }

    public static String key(String programmeCode) {
        return "programme:" + programmeCode;
    }

    static ProgrammeV1 programme(ProgrammeSnapshot p) {
        return new ProgrammeV1(p.code(), p.description().title(), p.description().issuingBody(),
                p.description().documentNumber(), p.description().issuedOn(), p.status().name(), p.createdAt(),
                p.updatedAt(), p.version());
    }
}
