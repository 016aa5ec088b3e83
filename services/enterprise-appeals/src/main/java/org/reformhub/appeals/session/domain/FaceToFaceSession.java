package org.reformhub.appeals.session.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.reformhub.appeals.AppealTexts.text;

/**
 * 每月面对面: city or district leaders meet enterprises face to face. The agenda is proposed from the open,
 * overdue and supervised appeals and can be edited until the session is closed; per appeal the session records
 * an outcome (solved on the spot, or a time limit set). Closing it carries the undecided items over and
 * freezes the minutes.
 */
public class FaceToFaceSession {

    /** The city level; a district session names its district. */
    public static final String CITY_LEVEL = "市";

    private UUID id;
    private LocalDate heldOn;
    private String level;
    private String title;

    /** The month's 每月面对面, held on the same day at the city and in every district (市、县（区）同步). */
    private boolean monthly;
    private List<String> hosts;
    private List<String> units;
    private List<AgendaItem> agenda = new ArrayList<>();
    private String summary;

    /** 地点: where the session is held, as the invitations say. */
    private String place;
    private List<Invitee> invitees = new ArrayList<>();

    /** When the invitations last went out (they go again when the agenda changed). */
    private Instant invitedAt;
    private String createdBy;
    private Instant createdAt;
    private Instant closedAt;
    private long version;

    protected FaceToFaceSession() {
        // JPA (mapped in META-INF/orm.xml)
    }

    public FaceToFaceSession(LocalDate heldOn, String level, boolean monthly, String title, List<String> hosts,
                             List<String> units, List<AgendaItem> agenda, String createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.heldOn = heldOn;
        this.level = level;
        this.monthly = monthly;
        this.title = title;
        this.hosts = List.copyOf(hosts);
        this.units = units.stream().distinct().toList();
        this.agenda = new ArrayList<>(agenda);
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /**
     * Replaces the agenda by these cases in this order; decisions already recorded for a case stay with it.
     * {@code proposed} supplies new items for cases not yet on the agenda.
     */
    public Optional<SessionRejection> editAgenda(List<String> caseNumbers, Map<String, AgendaItem> proposed) {
        if (closedAt != null) {
            return Optional.of(new SessionRejection.AlreadyHeld(id));
        }
        Map<String, AgendaItem> current = new LinkedHashMap<>();
        agenda.forEach(item -> current.put(item.caseNumber(), item));
        List<AgendaItem> edited = new ArrayList<>();
        for (String caseNumber : caseNumbers.stream().distinct().toList()) {
            AgendaItem item = current.getOrDefault(caseNumber, proposed.get(caseNumber));
            if (item == null) {
                return Optional.of(new SessionRejection.NotOnAgenda(caseNumber));
            }
            edited.add(item);
        }
        agenda.clear();
        agenda.addAll(edited);
        return Optional.empty();
    }

    /** The decision on one case; the appeal itself is changed by the caller in the same transaction. */
    public Optional<SessionRejection> decide(String caseNumber, SessionOutcome outcome, String unit, String note,
                                             LocalDate committedDate) {
        if (closedAt != null) {
            return Optional.of(new SessionRejection.AlreadyHeld(id));
        }
        if (outcome == SessionOutcome.TIME_LIMIT_SET && committedDate == null) {
            return Optional.of(new SessionRejection.OutcomeIncomplete(text("session.limit-needs-date")));
        }
        if (outcome == SessionOutcome.SOLVED_ON_SPOT && (note == null || note.isBlank())) {
            return Optional.of(new SessionRejection.OutcomeIncomplete(text("session.solved-needs-answer")));
        }
        if (outcome == SessionOutcome.ESCALATED && (note == null || note.isBlank())) {
            return Optional.of(new SessionRejection.OutcomeIncomplete(text("session.escalated-needs-reason")));
        }
        if (outcome == SessionOutcome.CARRIED_OVER) {
            return Optional.of(new SessionRejection.OutcomeIncomplete(text("session.carried-over-by-closing")));
        }
        Optional<AgendaItem> item = item(caseNumber);
        if (item.isEmpty()) {
            return Optional.of(new SessionRejection.NotOnAgenda(caseNumber));
        }
        if (item.get().outcome() != null && item.get().outcome() != SessionOutcome.CARRIED_OVER) {
            return Optional.of(new SessionRejection.OutcomeIncomplete(text("session.already-decided", caseNumber)));
        }
        item.get().decide(outcome, unit, note, outcome == SessionOutcome.TIME_LIMIT_SET ? committedDate : null);
        return Optional.empty();
    }

    /**
     * 联席会议 invitations: the enterprises of the agenda and the handling units, with the date and place. Sent again
     * after the agenda changed, they replace the list; attendance already recorded stays with whoever is still invited.
     */
    public Optional<SessionRejection> invite(String place, List<Invitee> invited, Instant now) {
        if (closedAt != null) {
            return Optional.of(new SessionRejection.AlreadyHeld(id));
        }
        String where = place != null && !place.isBlank() ? place.strip() : this.place;
        if (where == null) {
            return Optional.of(new SessionRejection.OutcomeIncomplete(text("session.place-needed")));
        }
        if (agenda.isEmpty()) {
            return Optional.of(new SessionRejection.OutcomeIncomplete(text("session.nothing-to-invite")));
        }
        Map<String, Boolean> came = new LinkedHashMap<>();
        invitees.forEach(i -> came.put(i.kind() + ":" + i.ref(), i.attended()));
        invited.forEach(i -> i.attended(came.get(i.kind() + ":" + i.ref())));
        this.place = where;
        this.invitees.clear();
        this.invitees.addAll(invited);
        this.invitedAt = now;
        return Optional.empty();
    }

    /** Who came (by USCC or department code); every other invitee is recorded as absent. */
    public Optional<SessionRejection> recordAttendance(List<String> present) {
        if (invitees.isEmpty()) {
            return Optional.of(new SessionRejection.OutcomeIncomplete(text("session.not-invited-yet")));
        }
        for (String ref : present) {
            if (invitees.stream().noneMatch(i -> i.ref().equals(ref))) {
                return Optional.of(new SessionRejection.NotInvited(ref));
            }
        }
        invitees.forEach(i -> i.attended(present.contains(i.ref())));
        return Optional.empty();
    }

    /** Closes the minutes: what was not decided is carried over to the next session. */
    public Optional<SessionRejection> close(String summary, Instant now) {
        if (closedAt != null) {
            return Optional.of(new SessionRejection.AlreadyHeld(id));
        }
        agenda.stream().filter(i -> i.outcome() == null).forEach(i -> i.decide(SessionOutcome.CARRIED_OVER, null, null, null));
        this.summary = summary;
        this.closedAt = now;
        return Optional.empty();
    }

    public Optional<AgendaItem> item(String caseNumber) {
        return agenda.stream().filter(i -> i.caseNumber().equals(caseNumber)).findFirst();
    }

    /** A label for the appeal history, e.g. "2026-11-20 市级每月面对面" or "2026-11-20 横琴每月面对面". */
    public String reference(String levelName) {
        return heldOn + " " + (CITY_LEVEL.equals(level) ? "市级" : levelName) + "每月面对面";
    }

    /**
     * A monthly session is held on the same day at every level: the day another level's monthly session of the month
     * was set for, if this one's differs.
     */
    public static Optional<FaceToFaceSession> otherDay(LocalDate heldOn, String level, List<FaceToFaceSession> monthsSessions) {
        return monthsSessions.stream().filter(o -> o.monthly && !o.level.equals(level) && !o.heldOn.equals(heldOn))
                .findFirst();
    }

    public UUID id() { return id; }
    public LocalDate heldOn() { return heldOn; }
    public String level() { return level; }
    public String title() { return title; }
    public boolean monthly() { return monthly; }
    public List<String> hosts() { return List.copyOf(hosts); }
    public List<String> units() { return List.copyOf(units); }
    public List<AgendaItem> agenda() { return List.copyOf(agenda); }
    public String summary() { return summary; }
    public String place() { return place; }
    public List<Invitee> invitees() { return List.copyOf(invitees); }
    public Instant invitedAt() { return invitedAt; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public Instant closedAt() { return closedAt; }
    public boolean held() { return closedAt != null; }
    public long version() { return version; }
}
