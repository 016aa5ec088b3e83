package org.reformhub.appeals.session.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One appeal on a session's agenda: why it is there, and what the session decided. */
@Embeddable
public class AgendaItem {

    /** Why a case is on the agenda, most pressing first. */
    public enum Reason { SUPERVISED, OVERDUE, REOPENED, OPEN }

    @Column(name = "case_number", nullable = false)
    private String caseNumber;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Reason reason;

    @Enumerated(EnumType.STRING)
    private SessionOutcome outcome;

    private String unit;

    @Column(columnDefinition = "text")
    private String note;

    @Column(name = "committed_date")
    private LocalDate committedDate;

    protected AgendaItem() {
        // JPA
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
