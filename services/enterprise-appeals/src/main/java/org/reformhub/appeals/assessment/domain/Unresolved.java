package org.reformhub.appeals.assessment.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A case still waiting for a solution: open, or answered "cannot be resolved now" with a committed date. */
public record Unresolved(String caseNumber, String enterpriseName, String title, String category, @Schema(nullable = true) String leadUnit,
                         String status, java.time.LocalDate dueDate, boolean overdue, boolean supervised,
                         @Schema(nullable = true) java.time.LocalDate committedDate) {
}
