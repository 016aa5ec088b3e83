package org.reformhub.appeals.session.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.reformhub.kernel.outbox.Outbox;
import org.reformhub.kernel.rule.RejectedException;
import org.reformhub.kernel.security.Caller;
import org.reformhub.appeals.appeal.application.AppealWorkflow;
import org.reformhub.appeals.appeal.application.ReadAppeals;
import org.reformhub.appeals.appeal.domain.Appeal;
import org.reformhub.appeals.appeal.domain.AppealRejection;
import org.reformhub.appeals.appeal.domain.AppealStatus;
import org.reformhub.appeals.session.domain.AgendaItem;
import org.reformhub.appeals.session.domain.FaceToFaceSession;
import org.reformhub.appeals.session.domain.SessionOutcome;
import org.reformhub.appeals.session.domain.SessionRejection;
import org.reformhub.appeals.session.events.SessionContract;
import org.reformhub.appeals.session.infrastructure.SessionRepository;

/**
 * 每月面对面 for the supervision office: plan a session with a proposed agenda, edit it, record each decision
 * (the appeal changes in the same transaction), close the minutes (event {@code session.held}).
 */
@ApplicationScoped
public class FaceToFaceSessions {

    /** At most this many cases on one agenda: a session lasts an afternoon. */
    public static final int MAX_AGENDA = 60;

    private final SessionRepository sessions;
    private final ReadAppeals appeals;
    private final AppealWorkflow workflow;
    private final Outbox outbox;

    public FaceToFaceSessions(SessionRepository sessions, ReadAppeals appeals, AppealWorkflow workflow, Outbox outbox) {
        this.sessions = sessions;
        this.appeals = appeals;
        this.workflow = workflow;
        this.outbox = outbox;
    }

    /** A new session; its agenda is proposed from the level's open cases, supervised and overdue first. */
    @Transactional
    public FaceToFaceSession plan(Caller caller, LocalDate heldOn, String level, String title, List<String> hosts,
                                  List<String> units) {
        String district = FaceToFaceSession.CITY_LEVEL.equals(level) ? null : level;
        LocalDate today = LocalDate.now(Appeal.CITY);
        List<AgendaItem> agenda = appeals.awaitingAnswer(district, 10 * MAX_AGENDA).stream()
                .map(a -> new AgendaItem(a.caseNumber(), a.title(), reason(a, today)))
                .sorted(java.util.Comparator.comparing(AgendaItem::reason))
                .limit(MAX_AGENDA).toList();
        FaceToFaceSession session = new FaceToFaceSession(heldOn, level, title, hosts, units, agenda, caller.username(),
                Instant.now());
        sessions.persist(session);
        return session;
    }

    /** The agenda in the order given: cases added must be open; decisions already taken stay. */
    @Transactional
    public FaceToFaceSession editAgenda(Caller caller, UUID id, List<String> caseNumbers) {
        FaceToFaceSession session = locked(id);
        LocalDate today = LocalDate.now(Appeal.CITY);
        Map<String, AgendaItem> proposed = new HashMap<>();
        for (String caseNumber : caseNumbers) {
            if (session.item(caseNumber).isEmpty()) {
                Appeal appeal = appeals.forStaff(caseNumber);
                if (!appeal.awaitsAnswer()) {
                    RejectedException.raise(new AppealRejection.WrongStatus(appeal.status(), "put-on-agenda"));
                }
                proposed.put(caseNumber, new AgendaItem(caseNumber, appeal.title(), reason(appeal, today)));
            }
        }
        RejectedException.raiseIfAny(session.editAgenda(caseNumbers, proposed));
        return session;
    }

    /** The session's decision on one case, applied to the appeal at once (with its events). */
    @Transactional
    public FaceToFaceSession decide(Caller caller, UUID id, String caseNumber, SessionOutcome outcome, String unit,
                                    String note, LocalDate committedDate) {
        FaceToFaceSession session = locked(id);
        RejectedException.raiseIfAny(session.decide(caseNumber, outcome, unit, note, committedDate));
        if (outcome == SessionOutcome.SOLVED_ON_SPOT) {
            workflow.solveAtSession(caller, caseNumber, unit, note, session.reference());
        } else if (outcome == SessionOutcome.TIME_LIMIT_SET) {
            workflow.setTimeLimitAtSession(caller, caseNumber, unit, committedDate, session.reference());
        }
        return session;
    }

    @Transactional
    public FaceToFaceSession close(Caller caller, UUID id, String summary) {
        FaceToFaceSession session = locked(id);
        RejectedException.raiseIfAny(session.close(summary, Instant.now()));
        outbox.append(SessionContract.held(session));
        return session;
    }

    @Transactional
    public FaceToFaceSession get(UUID id) {
        FaceToFaceSession session = sessions.findByIdOptional(id)
                .orElseThrow(() -> new RejectedException(new SessionRejection.UnknownSession(id)));
        session.agenda().size(); // read inside the transaction
        return session;
    }

    /** The newest sessions, each with its agenda read inside the transaction (the list shows it). */
    @Transactional
    public List<FaceToFaceSession> latest(int limit) {
        List<FaceToFaceSession> latest = sessions.latest(limit);
        latest.forEach(session -> session.agenda().size());
        return latest;
    }

    private FaceToFaceSession locked(UUID id) {
        FaceToFaceSession session = sessions.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new RejectedException(new SessionRejection.UnknownSession(id)));
        session.agenda().size();
        return session;
    }

    private static AgendaItem.Reason reason(Appeal a, LocalDate today) {
        return a.supervised() ? AgendaItem.Reason.SUPERVISED
                : today.isAfter(a.dueDate()) ? AgendaItem.Reason.OVERDUE
                : a.status() == AppealStatus.REOPENED ? AgendaItem.Reason.REOPENED : AgendaItem.Reason.OPEN;
    }
}
