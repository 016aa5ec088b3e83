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
import org.reformhub.appeals.appeal.domain.AppealActor;
import org.reformhub.appeals.appeal.domain.AppealRejection;
import org.reformhub.appeals.appeal.domain.AppealStatus;
import org.reformhub.appeals.district.application.Districts;
import org.reformhub.appeals.district.domain.DistrictRejection;
import org.reformhub.appeals.session.domain.AgendaItem;
import org.reformhub.appeals.session.domain.FaceToFaceSession;
import org.reformhub.appeals.session.domain.Invitee;
import org.reformhub.appeals.session.domain.SessionOutcome;
import org.reformhub.appeals.session.domain.SessionRejection;
import org.reformhub.appeals.session.events.SessionContract;
import org.reformhub.appeals.session.infrastructure.SessionRepository;
import org.reformhub.kernel.city.CityTime;

import static org.reformhub.appeals.AppealTexts.text;

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
    private final Districts districts;

    public FaceToFaceSessions(SessionRepository sessions, ReadAppeals appeals, AppealWorkflow workflow, Outbox outbox,
                              Districts districts) {
        this.districts = districts;
        this.sessions = sessions;
        this.appeals = appeals;
        this.workflow = workflow;
        this.outbox = outbox;
    }

    /**
     * A new session at the city level ({@code 市} or {@code city}) or a district's (its code, full or short name; a
     * district office plans its own district's only); its agenda is proposed from the level's open cases, supervised
     * and overdue first. A monthly session is held on the same day at every level (市、县（区）同步).
     */
    @Transactional
    public FaceToFaceSession plan(Caller caller, LocalDate heldOn, String givenLevel, boolean monthly, String title,
                                  List<String> hosts, List<String> units) {
        boolean city = FaceToFaceSession.CITY_LEVEL.equals(givenLevel.strip()) || "city".equalsIgnoreCase(givenLevel.strip());
        String level = city ? FaceToFaceSession.CITY_LEVEL : districts.activeCodeOf(givenLevel, "level");
        AppealActor actor = AppealWorkflow.actor(caller);
        if (actor.districtOffice() && !actor.office().equals(level)) {
            RejectedException.raise(new AppealRejection.NotAllowed(text("district.session-level")));
        }
        if (monthly) {
            // the first level to plan its monthly session sets the month's day for every other level
            FaceToFaceSession.otherDay(heldOn, level, sessions.monthlyIn(java.time.YearMonth.from(heldOn))).ifPresent(other ->
                    RejectedException.raise(new SessionRejection.NotSameDay(levelName(other.level()), other.heldOn())));
        }
        String district = city ? null : level;
        LocalDate today = CityTime.today();
        List<AgendaItem> agenda = appeals.awaitingAnswer(district, 10 * MAX_AGENDA).stream()
                .map(a -> new AgendaItem(a.caseNumber(), a.title(), reason(a, today)))
                .sorted(java.util.Comparator.comparing(AgendaItem::reason))
                .limit(MAX_AGENDA).toList();
        FaceToFaceSession session = new FaceToFaceSession(heldOn, level, monthly, title, hosts, units, agenda,
                caller.username(), Instant.now());
        sessions.persist(session);
        return session;
    }

    /** The agenda in the order given: cases added must be open; decisions already taken stay. */
    @Transactional
    public FaceToFaceSession editAgenda(Caller caller, UUID id, List<String> caseNumbers) {
        FaceToFaceSession session = locked(caller, id);
        LocalDate today = CityTime.today();
        Map<String, AgendaItem> proposed = new HashMap<>();
        for (String caseNumber : caseNumbers) {
            if (session.item(caseNumber).isEmpty()) {
                Appeal appeal = appeals.forStaff(caller, caseNumber);
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
        FaceToFaceSession session = locked(caller, id);
        RejectedException.raiseIfAny(session.decide(caseNumber, outcome, unit, note, committedDate));
        String reference = session.reference(levelName(session.level()));
        if (outcome == SessionOutcome.SOLVED_ON_SPOT) {
            workflow.solveAtSession(caller, caseNumber, unit, note, reference);
        } else if (outcome == SessionOutcome.TIME_LIMIT_SET) {
            workflow.setTimeLimitAtSession(caller, caseNumber, unit, committedDate, reference);
        } else if (outcome == SessionOutcome.ESCALATED) {
            workflow.escalateAtSession(caller, caseNumber, note, reference);
        }
        return session;
    }

    /**
     * 联席会议 invitations: every enterprise of the agenda (about its own cases) and every handling unit (the session's
     * units and the cases' lead units), with the date and place — announced ({@code session.invited}) so that the
     * notifications service tells them now and reminds them the day before.
     */
    @Transactional
    public FaceToFaceSession invite(Caller caller, UUID id, String place) {
        FaceToFaceSession session = locked(caller, id);
        Map<String, List<String>> enterpriseCases = new java.util.LinkedHashMap<>();
        Map<String, String> enterpriseNames = new HashMap<>();
        Map<String, List<String>> unitCases = new java.util.LinkedHashMap<>();
        session.units().forEach(u -> unitCases.put(u, new java.util.ArrayList<>()));
        Map<String, String> titles = new HashMap<>();
        for (AgendaItem item : session.agenda()) {
            Appeal appeal = appeals.forStaff(caller, item.caseNumber());
            titles.put(appeal.caseNumber(), appeal.title());
            enterpriseCases.computeIfAbsent(appeal.uscc(), u -> new java.util.ArrayList<>()).add(appeal.caseNumber());
            enterpriseNames.put(appeal.uscc(), appeal.enterpriseName());
            java.util.stream.Stream.concat(java.util.stream.Stream.ofNullable(appeal.leadUnit()), appeal.cooperatingUnits().stream())
                    .forEach(u -> unitCases.computeIfAbsent(u, x -> new java.util.ArrayList<>()).add(appeal.caseNumber()));
        }
        List<Invitee> invited = new java.util.ArrayList<>();
        enterpriseCases.forEach((uscc, cases) -> invited.add(new Invitee(Invitee.Kind.ENTERPRISE, uscc,
                enterpriseNames.get(uscc), cases)));
        unitCases.forEach((unit, cases) -> invited.add(new Invitee(Invitee.Kind.UNIT, unit, unit, cases)));
        RejectedException.raiseIfAny(session.invite(place, invited, Instant.now()));
        outbox.append(SessionContract.invited(session, levelName(session.level()), titles));
        return session;
    }

    /** Who came to the session (their USCC or department code); the other invitees did not. */
    @Transactional
    public FaceToFaceSession recordAttendance(Caller caller, UUID id, List<String> present) {
        FaceToFaceSession session = locked(caller, id);
        RejectedException.raiseIfAny(session.recordAttendance(present));
        return session;
    }

    @Transactional
    public FaceToFaceSession close(Caller caller, UUID id, String summary) {
        FaceToFaceSession session = locked(caller, id);
        RejectedException.raiseIfAny(session.close(summary, Instant.now()));
        outbox.append(SessionContract.held(session, levelName(session.level())));
        return session;
    }

    @Transactional
    public FaceToFaceSession get(Caller caller, UUID id) {
        FaceToFaceSession session = visible(caller, sessions.findByIdOptional(id), id);
        session.agenda().size(); // read inside the transaction
        session.invitees().size();
        return session;
    }

    /** The newest sessions (a district office's own level's), each with its agenda read inside the transaction. */
    @Transactional
    public org.reformhub.kernel.api.Page<FaceToFaceSession> latest(Caller caller, org.reformhub.kernel.api.PageRequest page) {
        AppealActor actor = AppealWorkflow.actor(caller);
        org.reformhub.kernel.api.Page<FaceToFaceSession> latest = sessions.latest(actor.districtOffice() ? actor.office() : null, page);
        latest.items().forEach(session -> {
            session.agenda().size();
            session.invitees().size();
        });
        return latest;
    }

    /** The level's name for people: 市 or the district's short name. */
    public String levelName(String level) {
        return FaceToFaceSession.CITY_LEVEL.equals(level) ? level : districts.shortNameOf(level);
    }

    private FaceToFaceSession locked(Caller caller, UUID id) {
        FaceToFaceSession session = visible(caller, sessions.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE), id);
        session.agenda().size();
        session.invitees().size();
        return session;
    }

    /** As with cases: a district office gets the same 403 for another district's session and for none. */
    private static FaceToFaceSession visible(Caller caller, java.util.Optional<FaceToFaceSession> found, UUID id) {
        AppealActor actor = AppealWorkflow.actor(caller);
        if (actor.districtOffice()) {
            return found.filter(s -> s.level().equals(actor.office()))
                    .orElseThrow(() -> new RejectedException(new DistrictRejection.OutsideDistrict()));
        }
        return found.orElseThrow(() -> new RejectedException(new SessionRejection.UnknownSession(id)));
    }

    private static AgendaItem.Reason reason(Appeal a, LocalDate today) {
        return a.supervised() ? AgendaItem.Reason.SUPERVISED
                : today.isAfter(a.dueDate()) ? AgendaItem.Reason.OVERDUE
                : a.status() == AppealStatus.REOPENED ? AgendaItem.Reason.REOPENED : AgendaItem.Reason.OPEN;
    }
}
