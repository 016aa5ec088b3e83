package org.reformhub.progress.schedule.domain;

import java.time.LocalDate;

/** A unit owes a report on a measure for a period, due on a day. */
public record Obligation(String programme, String code, String dept, String period, LocalDate dueDate) {
}
