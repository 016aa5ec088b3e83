package org.reformhub.appeals.session.domain;

import java.time.LocalDate;

/** One appeal on a session's agenda: why it is there, and what the session decided. */
public class AgendaItem {

    /** Why a case is on the agenda, most pressing first. */
    public enum Reason { SUPERVISED, OVERDUE, REOPENED, OPEN }

    private String caseNumber;
    private String title;
    private Reason reason;
    private SessionOutcome outcome;
    private String unit;
    private String note;
    private LocalDate committedDate;

    protected AgendaItem() {
        // JPA (mapped in META-INF/orm.xml)
    }

    public AgendaItem(String caseNumber, String title, Reason reason) {
        this.caseNumber = caseNumber;
        this.title = title;
        this.reason = reason;
    }

    void decide(SessionOutcome outcome, String unit, String note, LocalDate committedDate) {
        this.outcome = outcome;
        this.unit = unit;
        this.note = note;
        this.committedDate = committedDate;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public String title() {
        return title;
    }

    public Reason reason() {
        return reason;
    }

    public SessionOutcome outcome() {
        return outcome;
    }

    public String unit() {
        return unit;
    }

    public String note() {
        return note;
    }

    public LocalDate committedDate() {
        return committedDate;
    }
}
