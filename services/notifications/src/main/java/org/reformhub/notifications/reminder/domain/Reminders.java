package org.reformhub.notifications.reminder.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.reformhub.notifications.rule.domain.Notice;
import org.reformhub.notifications.rule.domain.Recipient;
import org.reformhub.notifications.rule.domain.Severity;

/**
 * Which reminders are due on a day, from the read model. Each reminder has an occasion key; a notice is given once
 * per key, so a run that is repeated (another instance, an operator, a restart) or a day that was missed never
 * reminds twice, and a missed day is caught up by the next run. Pure, unit-tested.
 *
 * <ul>
 * <li>measure deadline in 30, 7 and 1 days (the lead units);</li>
 * <li>measure overdue and not completed: weekly, from a week after its deadline (the day it became overdue is
 *     progress reporting's {@code measure.overdue});</li>
 * <li>appeal past its due date and not answered: daily (the lead unit); the 80 % warning, in working days, is the
 *     appeal service's own {@code sla-warning} event, since that service keeps the holiday calendar;</li>
 * <li>answered appeal not rated after 3 days: the enterprise, once per answer.</li>
 * </ul>
 */
public final class Reminders {

    static final int[] DEADLINE_DAYS = {1, 7, 30};
    static final int RATING_AFTER_DAYS = 3;

    /** A measure as the reminders track it. */
    public record TrackedMeasure(String programme, String code, String title, List<String> leadUnits, LocalDate deadline,
                                 boolean archived, String status) {
        boolean open() {
            return !archived && !"COMPLETED".equals(status) && deadline != null;
        }
    }

    /** A case as the reminders track it. */
    public record TrackedAppeal(String caseNumber, String uscc, String title, String leadUnit, String status,
                                LocalDate dueDate, Instant answeredAt, boolean rated) {
        boolean awaitingAnswer() {
            return dueDate != null && List.of("ASSIGNED", "SENT_BACK", "REOPENED", "ACCEPTED", "SUBMITTED").contains(status);
        }
    }

    /** A notice and the occasion it is given for (its idempotency key). */
    public record Due(String occasion, Notice notice) {
    }

    private Reminders() {
    }

    public static Optional<Due> measure(TrackedMeasure m, LocalDate today) {
        if (!m.open() || m.leadUnits().isEmpty()) {
            return Optional.empty();
        }
        long daysLeft = ChronoUnit.DAYS.between(today, m.deadline());
        List<Recipient> leads = m.leadUnits().stream().map(Recipient::department).toList();
        Map<String, Object> model = Map.of("code", m.code(), "title", m.title(), "programme", m.programme(),
                "deadline", m.deadline().toString(), "days", Math.abs(daysLeft));
        String link = "/api/progress/programmes/" + m.programme() + "/measures/" + m.code();
        String subject = m.programme() + "/" + m.code() + ":" + m.deadline();
        if (daysLeft >= 0) {
            for (int threshold : DEADLINE_DAYS) {
                if (daysLeft <= threshold) {
                    return Optional.of(new Due("measure-deadline:" + subject + ":" + threshold,
                            new Notice("measure-deadline", "measure", threshold == 1 ? Severity.WARNING : Severity.INFO,
                                    leads, model, link)));
                }
            }
            return Optional.empty();
        }
        long week = -daysLeft / 7;
        if (week < 1) {
            return Optional.empty();
        }
        return Optional.of(new Due("measure-overdue:" + subject + ":week-" + week,
                new Notice("measure-overdue-reminder", "measure", Severity.CRITICAL, leads, model, link)));
    }

    public static List<Due> appeal(TrackedAppeal a, LocalDate today, Instant now) {
        List<Due> due = new ArrayList<>();
        String link = "/api/appeals/appeals/" + a.caseNumber();
        if (a.awaitingAnswer() && a.leadUnit() != null && today.isAfter(a.dueDate())) {
            long days = ChronoUnit.DAYS.between(a.dueDate(), today);
            due.add(new Due("appeal-overdue:" + a.caseNumber() + ":" + a.dueDate() + ":" + today,
                    new Notice("appeal-overdue-reminder", "appeal", Severity.CRITICAL, List.of(Recipient.department(a.leadUnit())),
                            Map.of("case", a.caseNumber(), "title", a.title(), "due", a.dueDate().toString(), "days", days),
                            link)));
        }
        if ("ANSWERED".equals(a.status()) && !a.rated() && a.answeredAt() != null
                && !a.answeredAt().plus(RATING_AFTER_DAYS, ChronoUnit.DAYS).isAfter(now)) {
            long days = ChronoUnit.DAYS.between(a.answeredAt(), now);
            due.add(new Due("appeal-rating:" + a.caseNumber() + ":" + a.answeredAt().toEpochMilli(),
                    new Notice("appeal-rating-reminder", "appeal", Severity.INFO, List.of(Recipient.enterprise(a.uscc())),
                            Map.of("case", a.caseNumber(), "title", a.title(), "days", days), link)));
        }
        return due;
    }
}
