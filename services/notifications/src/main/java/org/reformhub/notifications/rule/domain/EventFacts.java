package org.reformhub.notifications.rule.domain;

import java.util.List;

/** What the rules need of the other services' events, read from them by the consumers. */
public final class EventFacts {

    private EventFacts() {
    }

    public record Unit(String code, String name) {
    }

    /** A measure of the registry, or as progress reporting's overdue event names it. */
    public record Measure(String programme, String code, String title, List<Unit> leadUnits, List<Unit> cooperatingUnits,
                          String deadlineText) {
    }

    /** A progress report: the unit's, for a period of a measure. */
    public record Report(String programme, String code, String dept, String kind, String period, String returnReason) {
    }

    /** A period whose reports fall due (progress reporting's announcement), for measures with a deadline or ongoing ones. */
    public record DueReports(String programme, String period, boolean ongoing, java.time.LocalDate dueDate) {
    }

    /** A report a unit owes and has not submitted (催报). */
    public record MissingReport(String programme, String code, String dept, String period, String dueDate, int daysLate) {
    }

    /** A case of the enterprise appeal channel after one of its steps. */
    /** @param leadUnitName the lead unit's name as the department catalogue knows it (null: unknown, the code is shown) */
    public record Appeal(String action, String caseNumber, String uscc, String title, String status, String leadUnit,
                         List<String> cooperatingUnits, String dueDate, String outcome, String note, String district,
                         String leadUnitName) {

        public Appeal(String action, String caseNumber, String uscc, String title, String status, String leadUnit,
                      List<String> cooperatingUnits, String dueDate, String outcome, String note) {
            this(action, caseNumber, uscc, title, status, leadUnit, cooperatingUnits, dueDate, outcome, note, null, null);
        }

        public Appeal withLeadUnitName(String name) {
            return new Appeal(action, caseNumber, uscc, title, status, leadUnit, cooperatingUnits, dueDate, outcome, note,
                    district, name);
        }
    }

    /** 联席会议 invitations: the session and who it invited, each about its cases. */
    public record SessionInvitation(String id, String heldOn, String place, String levelName, String title,
                                    List<Invitee> invitees, java.time.Instant invitedAt) {
    }

    /** An invited enterprise ({@code ENTERPRISE}, by USCC) or unit ({@code UNIT}, by department code). */
    public record Invitee(String kind, String ref, String name, List<String> cases) {
    }

    /** A report sent to the city government. */
    public record CityReport(String id, String kind, String month, String title) {
    }
}
