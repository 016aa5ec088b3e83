package org.reformhub.appeals.assessment.domain;

/** A case still waiting for a solution: open, or answered "cannot be resolved now" with a committed date. */
public record Unresolved(String caseNumber, String enterpriseName, String title, String category, String leadUnit,
                         String status, java.time.LocalDate dueDate, boolean overdue, boolean supervised,
                         java.time.LocalDate committedDate) {
}
