package org.reformhub.appeals.note.application;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.reformhub.kernel.rule.RejectedException;
import org.reformhub.kernel.security.Caller;
import org.reformhub.appeals.appeal.application.AppealWorkflow;
import org.reformhub.appeals.appeal.application.ReadAppeals;
import org.reformhub.appeals.appeal.domain.Appeal;
import org.reformhub.appeals.appeal.domain.AppealActor;
import org.reformhub.appeals.note.domain.InternalNote;
import org.reformhub.appeals.note.infrastructure.InternalNoteRepository;

/**
 * A case's internal notes, for whoever works on it: the office on every case, a unit on the cases it may read.
 * Not published as events: they are working notes, not steps of the case (the timeline and the warehouse carry those).
 */
@ApplicationScoped
public class CaseNotes {

    private final ReadAppeals appeals;
    private final InternalNoteRepository notes;

    public CaseNotes(ReadAppeals appeals, InternalNoteRepository notes) {
        this.appeals = appeals;
        this.notes = notes;
    }

    @Transactional
    public List<InternalNote> of(Caller caller, String caseNumber) {
        return notes.ofAppeal(workedOnBy(caller, caseNumber).id());
    }

    @Transactional
    public InternalNote write(Caller caller, String caseNumber, String body) {
        Appeal appeal = workedOnBy(caller, caseNumber);
        InternalNote note = InternalNote.write(appeal.id(), AppealWorkflow.actor(caller), body, Instant.now());
        notes.persist(note);
        return note;
    }

    private Appeal workedOnBy(Caller caller, String caseNumber) {
        AppealActor actor = AppealWorkflow.actor(caller);
        RejectedException.raiseIfAny(InternalNote.mayWrite(actor));
        return appeals.get(caller, caseNumber);
    }
}
