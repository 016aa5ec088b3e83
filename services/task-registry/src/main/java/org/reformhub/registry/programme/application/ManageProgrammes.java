package org.reformhub.registry.programme.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.reformhub.kernel.outbox.Outbox;
import org.reformhub.kernel.rule.RejectedException;
import org.reformhub.registry.programme.domain.Programme;
import org.reformhub.registry.programme.domain.ProgrammeDescription;
import org.reformhub.registry.programme.domain.ProgrammeEvent;
import org.reformhub.registry.programme.domain.ProgrammeRejection;
import org.reformhub.registry.programme.domain.ProgrammeSnapshot;
import org.reformhub.registry.programme.events.ProgrammeContract;
import org.reformhub.registry.programme.infrastructure.ProgrammeRepository;

/**
 * The programme use cases, and the port other features ask before they change a programme's measures
 * ({@link #requireOpen}): a closed programme is read-only.
 */
@ApplicationScoped
public class ManageProgrammes {

    private final ProgrammeRepository programmes;
    private final Outbox outbox;

    public ManageProgrammes(ProgrammeRepository programmes, Outbox outbox) {
        this.programmes = programmes;
        this.outbox = outbox;
    }

    @Transactional
    public ProgrammeSnapshot create(String code, ProgrammeDescription description) {
        if (programmes.findByIdOptional(code).isPresent()) {
            RejectedException.raise(new ProgrammeRejection.ProgrammeCodeTaken(code));
        }
        Programme programme = new Programme(code, description, Instant.now());
        programmes.persistAndFlush(programme);
        outbox.append(ProgrammeContract.of(new ProgrammeEvent.ProgrammeCreated(programme.snapshot())));
        return programme.snapshot();
    }

    @Transactional
    public ProgrammeSnapshot describe(String code, String title, String issuingBody, String documentNumber, LocalDate issuedOn) {
        Programme programme = lockForUpdate(code);
        Programme.Outcome outcome = programme.describe(
                programme.description().merge(title, issuingBody, documentNumber, issuedOn), Instant.now());
        RejectedException.raiseIfAny(outcome.rejection());
        if (!outcome.changedFields().isEmpty()) {
            programmes.flush();
            outbox.append(ProgrammeContract.of(new ProgrammeEvent.ProgrammeUpdated(programme.snapshot(), outcome.changedFields())));
        }
        return programme.snapshot();
    }

    @Transactional
    public ProgrammeSnapshot close(String code) {
        Programme programme = lockForUpdate(code);
        RejectedException.raiseIfAny(programme.close(Instant.now()));
        return statusChanged(programme);
    }

    @Transactional
    public ProgrammeSnapshot reopen(String code) {
        Programme programme = lockForUpdate(code);
        RejectedException.raiseIfAny(programme.reopen(Instant.now()));
        return statusChanged(programme);
    }

    /**
     * Port for the measure and import features: the programme exists and is open. The shared row lock
     * holds until the caller's transaction ends, so a programme cannot close under a running change.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ProgrammeSnapshot requireOpen(String code) {
        Programme programme = programmes.findByIdOptional(code, LockModeType.PESSIMISTIC_READ)
                .orElseThrow(() -> new RejectedException(new ProgrammeRejection.UnknownProgramme(code)));
        RejectedException.raiseIfAny(programme.refuseChanges());
        return programme.snapshot();
    }

    @Transactional
    public Optional<ProgrammeSnapshot> find(String code) {
        return programmes.findByIdOptional(code).map(Programme::snapshot);
    }

    @Transactional
    public ProgrammeSnapshot get(String code) {
        return find(code).orElseThrow(() -> new RejectedException(new ProgrammeRejection.UnknownProgramme(code)));
    }

    @Transactional
    public List<ProgrammeSnapshot> list() {
        return programmes.newestFirst().stream().map(Programme::snapshot).toList();
    }

    private Programme lockForUpdate(String code) {
        return programmes.findByIdOptional(code, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new RejectedException(new ProgrammeRejection.UnknownProgramme(code)));
    }

    private ProgrammeSnapshot statusChanged(Programme programme) {
        programmes.flush();
        outbox.append(ProgrammeContract.of(new ProgrammeEvent.ProgrammeStatusChanged(programme.snapshot())));
        return programme.snapshot();
    }
}
