package org.reformhub.notifications.reminder.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.reformhub.notifications.rule.domain.Recipient;
import org.reformhub.notifications.rule.domain.Severity;

class RemindersTest {

    private static final LocalDate DEADLINE = LocalDate.parse("2026-12-31");

    private static Reminders.TrackedMeasure measure(String status) {
        return new Reminders.TrackedMeasure("yshj-2020", "1-03", "水电气外线报建", List.of("zrzy", "sw"), DEADLINE, false, status);
    }

    private static String occasion(LocalDate today) {
        return Reminders.measure(measure("IN_PROGRESS"), today).map(Reminders.Due::occasion).orElse(null);
    }

    @Test
    void deadline_reminders_at_30_7_and_1_days_once_each_even_when_a_day_is_missed() {
        assertEquals(null, occasion(DEADLINE.minusDays(31)));
        assertEquals("measure-deadline:yshj-2020/1-03:2026-12-31:30", occasion(DEADLINE.minusDays(30)));
        assertEquals("measure-deadline:yshj-2020/1-03:2026-12-31:30", occasion(DEADLINE.minusDays(8)));
        assertEquals("measure-deadline:yshj-2020/1-03:2026-12-31:7", occasion(DEADLINE.minusDays(7)));
        // the run of the 7th day before was missed: the next day's run still gives it
        assertEquals("measure-deadline:yshj-2020/1-03:2026-12-31:7", occasion(DEADLINE.minusDays(6)));
        assertEquals("measure-deadline:yshj-2020/1-03:2026-12-31:1", occasion(DEADLINE.minusDays(1)));
        assertEquals("measure-deadline:yshj-2020/1-03:2026-12-31:1", occasion(DEADLINE));
        var due = Reminders.measure(measure("IN_PROGRESS"), DEADLINE.minusDays(7)).orElseThrow();
        assertEquals(List.of(Recipient.department("zrzy"), Recipient.department("sw")), due.notice().recipients());
        assertEquals(7L, due.notice().model().get("days"));
    }

    @Test
    void overdue_measures_are_reminded_weekly_until_completed() {
        assertEquals(null, occasion(DEADLINE.plusDays(6))); // the first week: progress reporting's overdue event
        assertEquals("measure-overdue:yshj-2020/1-03:2026-12-31:week-1", occasion(DEADLINE.plusDays(7)));
        assertEquals("measure-overdue:yshj-2020/1-03:2026-12-31:week-1", occasion(DEADLINE.plusDays(13)));
        assertEquals("measure-overdue:yshj-2020/1-03:2026-12-31:week-2", occasion(DEADLINE.plusDays(14)));
        assertEquals(Severity.CRITICAL, Reminders.measure(measure("IN_PROGRESS"), DEADLINE.plusDays(7)).orElseThrow()
                .notice().severity());
        assertTrue(Reminders.measure(measure("COMPLETED"), DEADLINE.plusDays(7)).isEmpty());
        assertTrue(Reminders.measure(new Reminders.TrackedMeasure("p", "1-01", "t", List.of("a"), DEADLINE, true, "IN_PROGRESS"),
                DEADLINE.plusDays(7)).isEmpty());
    }

    @Test
    void unanswered_cases_past_their_due_date_are_reminded_daily() {
        var appeal = new Reminders.TrackedAppeal("ZTC-202611-00001", "91440400MA4UH1234T", "厂房用地", "zrzy", "ASSIGNED",
                LocalDate.parse("2026-11-20"), null, false);
        assertTrue(Reminders.appeal(appeal, LocalDate.parse("2026-11-20"), Instant.now()).isEmpty());
        var first = Reminders.appeal(appeal, LocalDate.parse("2026-11-21"), Instant.now());
        var second = Reminders.appeal(appeal, LocalDate.parse("2026-11-22"), Instant.now());
        assertEquals(1, first.size());
        assertEquals("appeal-overdue-reminder", first.get(0).notice().rule());
        assertTrue(!first.get(0).occasion().equals(second.get(0).occasion()));
        assertEquals(2L, second.get(0).notice().model().get("days"));
    }

    @Test
    void answered_cases_not_rated_after_three_days_remind_the_enterprise_and_its_contact_once() {
        Instant answered = Instant.parse("2026-11-20T02:00:00Z");
        var appeal = new Reminders.TrackedAppeal("ZTC-202611-00002", "91440400MA4UH1234T", "办证", "zrzy", "ANSWERED",
                LocalDate.parse("2026-11-30"), answered, false);
        assertTrue(Reminders.appeal(appeal, LocalDate.parse("2026-11-22"), answered.plusSeconds(2 * 86_400)).isEmpty());
        var due = Reminders.appeal(appeal, LocalDate.parse("2026-11-23"), answered.plusSeconds(3 * 86_400));
        assertEquals(List.of(Recipient.enterprise("91440400MA4UH1234T")), due.get(0).notice().recipients());
        // and the contact given for the case, in its own words (e-mail and SMS)
        assertEquals(2, due.size());
        assertEquals("contact-rating-reminder", due.get(1).notice().rule());
        assertEquals(List.of(Recipient.caseContact("ZTC-202611-00002")), due.get(1).notice().recipients());
        assertEquals(due.get(0).occasion(),
                Reminders.appeal(appeal, LocalDate.parse("2026-11-26"), answered.plusSeconds(6 * 86_400)).get(0).occasion());
        var rated = new Reminders.TrackedAppeal("ZTC-202611-00002", "91440400MA4UH1234T", "办证", "zrzy", "ANSWERED",
                LocalDate.parse("2026-11-30"), answered, true);
        assertTrue(Reminders.appeal(rated, LocalDate.parse("2026-11-26"), answered.plusSeconds(6 * 86_400)).isEmpty());
    }

    @Test
    void a_report_due_in_three_days_reminds_the_unit_that_owes_it_once() {
        var owed = new Reminders.OwedReport("yshj-2020", "1-03", "水电气外线报建", "sw", "2026-12", LocalDate.parse("2026-12-25"));
        assertTrue(Reminders.report(owed, LocalDate.parse("2026-12-21")).isEmpty());
        var due = Reminders.report(owed, LocalDate.parse("2026-12-22")).orElseThrow();
        assertEquals("report-due:yshj-2020/1-03:sw:2026-12", due.occasion());
        assertEquals(due.occasion(), Reminders.report(owed, LocalDate.parse("2026-12-25")).orElseThrow().occasion());
        assertEquals(List.of(Recipient.department("sw")), due.notice().recipients());
        assertTrue(Reminders.report(owed, LocalDate.parse("2026-12-26")).isEmpty()); // then 催报 (report.missing)
    }
}
