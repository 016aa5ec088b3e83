package org.reformhub.notifications.reminder.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.reformhub.notifications.rule.domain.ConsoleLinks;
import org.reformhub.notifications.rule.domain.Notice;
import org.reformhub.notifications.rule.domain.NotificationRules;
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
 * <li>answered appeal not rated after 3 days: the enterprise, once per answer;</li>
 * <li>a report due in 3 days that the unit has not submitted: the unit, once per measure and period (after the due
 *     date, 催报 is progress reporting's {@code report.missing}).</li>
 * <li>a face-to-face session (联席会议) tomorrow: everyone it invited, once per session and date.</li>
 * </ul>
 */
public final class Reminders {

    static final int[] DEADLINE_DAYS = {1, 7, 30};
    static final int RATING_AFTER_DAYS = 3;
    public static final int REPORT_DAYS_BEFORE = 3;

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

    /** A report a unit owes for a period that falls due soon, and has not submitted. */
    public record OwedReport(String programme, String code, String title, String dept, String period, LocalDate dueDate) {
    }

    /** A session that invited enterprises and units; recipients as {@code KIND:id} keys. */
    public record TrackedSession(String id, LocalDate heldOn, String place, String levelName, String title,
                                 List<String> recipients) {
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
        String link = ConsoleLinks.measure(m.programme(), m.code());
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

    public static Optional<Due> report(OwedReport r, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, r.dueDate());
        if (days < 0 || days > REPORT_DAYS_BEFORE) {
            return Optional.empty();
        }
        return Optional.of(new Due("report-due:" + r.programme() + "/" + r.code() + ":" + r.dept() + ":" + r.period(),
                new Notice("report-due", "report", Severity.INFO, List.of(Recipient.department(r.dept())),
                        Map.of("code", r.code(), "title", r.title(), "programme", r.programme(), "period", r.period(),
                                "due", r.dueDate().toString(), "days", days),
                        ConsoleLinks.measure(r.programme(), r.code()))));
    }

    /** The day before a session: everyone it invited, with the date and place (a changed date reminds again). */
    public static List<Due> session(TrackedSession s, LocalDate today) {
        if (!s.heldOn().equals(today.plusDays(1)) || s.recipients().isEmpty()) {
            return List.of();
        }
        List<Recipient> to = s.recipients().stream().map(Recipient::ofKey).toList();
        Map<String, Object> model = Map.of("title", s.title(), "date", s.heldOn().toString(), "place", s.place(),
                "level", s.levelName());
        List<Due> due = new ArrayList<>();
        if (!NotificationRules.accounts(to).isEmpty()) {
            due.add(new Due("session-reminder:" + s.id() + ":" + s.heldOn(), new Notice("session-reminder", "appeal",
                    Severity.WARNING, NotificationRules.accounts(to), model, ConsoleLinks.inbox())));
        }
        if (!NotificationRules.contacts(to).isEmpty()) {
            due.add(new Due("contact-session-reminder:" + s.id() + ":" + s.heldOn(), new Notice("contact-session-reminder",
                    "appeal", Severity.WARNING, NotificationRules.contacts(to), model, ConsoleLinks.inbox())));
        }
        return due;
    }

    public static List<Due> appeal(TrackedAppeal a, LocalDate today, Instant now) {
        List<Due> due = new ArrayList<>();
        String link = ConsoleLinks.appeal(a.caseNumber());
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
            due.add(new Due("contact-rating:" + a.caseNumber() + ":" + a.answeredAt().toEpochMilli(),
                    new Notice("contact-rating-reminder", "appeal", Severity.INFO, List.of(Recipient.caseContact(a.caseNumber())),
                            Map.of("case", a.caseNumber(), "title", a.title(), "days", days), link)));
        }
        return due;
    }
}
