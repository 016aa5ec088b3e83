package org.reformhub.appeals.appeal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reformhub.appeals.appeal.domain.CaseFixtures.*;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** 办理时限: warned at 80 % of the limit, overdue and supervised past the due date, each once per due date. */
class TimeLimitTest {

    @Test
    void the_unit_is_warned_once_when_a_fifth_of_the_working_days_remain() {
        Appeal appeal = assigned("ZTC-202611-00001");
        LocalDate today = LocalDate.of(2026, 12, 8);
        assertEquals(Optional.empty(), appeal.timeLimit().watch(today, 3, SYSTEM, NOW), "3 of 10 days left: no warning");
        assertEquals(Optional.of(AppealStep.Action.SLA_WARNING), appeal.timeLimit().watch(today, 2, SYSTEM, NOW));
        assertEquals(Optional.empty(), appeal.timeLimit().watch(today, 1, SYSTEM, NOW), "once per due date");
    }

    @Test
    void past_the_due_date_the_case_is_overdue_and_supervised_once_and_an_extension_can_warn_again() {
        Appeal appeal = assigned("ZTC-202611-00002");
        assertEquals(Optional.of(AppealStep.Action.OVERDUE), appeal.timeLimit().watch(DUE.plusDays(1), 0, SYSTEM, NOW));
        assertTrue(appeal.supervised());
        assertEquals(Optional.empty(), appeal.timeLimit().watch(DUE.plusDays(2), 0, SYSTEM, NOW));
        assertTrue(appeal.timeLimit().extend(CITY, DUE.plusDays(10), "需现场核查", NOW).isEmpty());
        assertEquals(Optional.of(AppealStep.Action.SLA_WARNING), appeal.timeLimit().watch(DUE.plusDays(2), 1, SYSTEM, NOW));
        assertTrue(appeal.supervised(), "督办 stays as a mark on the case");
    }

    @Test
    void an_answered_case_runs_no_time_limit_and_cannot_be_extended() {
        Appeal appeal = answered("ZTC-202611-00003");
        assertEquals(Optional.empty(), appeal.timeLimit().watch(DUE.plusDays(5), 0, SYSTEM, NOW));
        assertTrue(appeal.timeLimit().extend(CITY, DUE.plusDays(10), "x", NOW).orElseThrow()
                instanceof AppealRejection.WrongStatus);
    }

    @Test
    void a_reopened_case_is_measured_against_the_rectification_limit() {
        Appeal appeal = answered("ZTC-202611-00004");
        appeal.evaluation().rate(ENTERPRISE, Rating.DISSATISFIED, "没解决", LocalDate.of(2026, 12, 18), NOW);
        assertEquals(Optional.empty(), appeal.timeLimit().watch(LocalDate.of(2026, 12, 10), 4, SYSTEM, NOW),
                "4 of 15 rectification days left is more than a fifth");
        assertEquals(Optional.of(AppealStep.Action.SLA_WARNING),
                appeal.timeLimit().watch(LocalDate.of(2026, 12, 11), 3, SYSTEM, NOW));
    }
}
