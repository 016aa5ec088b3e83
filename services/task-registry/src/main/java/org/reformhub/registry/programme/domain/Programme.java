package org.reformhub.registry.programme.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.reformhub.registry.programme.domain.ProgrammeRejection.ProgrammeAlreadyInStatus;
import org.reformhub.registry.programme.domain.ProgrammeRejection.ProgrammeClosed;

/**
 * 改革批次: one task-division table the city received (a new batch of measures every year or so). Its
 * measures are numbered within it, so a measure is known by its programme and its code.
 */
public class Programme {

    private String code;
    private String title;
    private String issuingBody;
    private String documentNumber;
    private LocalDate issuedOn;
    private ProgrammeStatus status;
    private Instant createdAt;
    private Instant updatedAt;
    private long version;

    protected Programme() {
        // JPA (mapped in META-INF/orm.xml)
    }

    public Programme(String code, ProgrammeDescription description, Instant now) {
        this.code = code;
        this.status = ProgrammeStatus.ACTIVE;
        this.createdAt = now;
        set(description, now);
    }

    public String code() {
        return code;
    }

    public ProgrammeDescription description() {
        return new ProgrammeDescription(title, issuingBody, documentNumber, issuedOn);
    }

    /** Rejects any change to a closed programme or its measures. */
    public Optional<ProgrammeRejection> refuseChanges() {
        return status == ProgrammeStatus.CLOSED ? Optional.of(new ProgrammeClosed(code)) : Optional.empty();
    }

    /** @return the names of the fields that changed, or why nothing may change */
    public Outcome describe(ProgrammeDescription next, Instant now) {
        Optional<ProgrammeRejection> refused = refuseChanges();
        if (refused.isPresent()) {
            return new Outcome(List.of(), refused);
        }
        ProgrammeDescription before = description();
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(before.title(), next.title())) changed.add("title");
        if (!Objects.equals(before.issuingBody(), next.issuingBody())) changed.add("issuingBody");
        if (!Objects.equals(before.documentNumber(), next.documentNumber())) changed.add("documentNumber");
        if (!Objects.equals(before.issuedOn(), next.issuedOn())) changed.add("issuedOn");
        if (!changed.isEmpty()) {
            set(next, now);
        }
        return new Outcome(changed, Optional.empty());
    }

    public Optional<ProgrammeRejection> close(Instant now) {
        return moveTo(ProgrammeStatus.CLOSED, now);
    }

    public Optional<ProgrammeRejection> reopen(Instant now) {
        return moveTo(ProgrammeStatus.ACTIVE, now);
    }

    public ProgrammeSnapshot snapshot() {
        return new ProgrammeSnapshot(code, description(), status, createdAt, updatedAt, version);
    }

    /** What a change did: the changed fields, or the rejection (then nothing changed). */
    public record Outcome(List<String> changedFields, Optional<ProgrammeRejection> rejection) {
    }

    private Optional<ProgrammeRejection> moveTo(ProgrammeStatus next, Instant now) {
        if (status == next) {
            return Optional.of(new ProgrammeAlreadyInStatus(code, status));
        }
        status = next;
        updatedAt = now;
        return Optional.empty();
    }

    private void set(ProgrammeDescription description, Instant now) {
        this.title = description.title();
        this.issuingBody = description.issuingBody();
        this.documentNumber = description.documentNumber();
        this.issuedOn = description.issuedOn();
        this.updatedAt = now;
    }
}
