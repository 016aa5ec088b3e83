package org.reformhub.appeals.appeal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reformhub.appeals.appeal.domain.CaseFixtures.*;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** 每月面对面: solved on the spot, a time limit set, or escalated — for a case that still awaits an answer. */
class SessionDecisionsTest {

    @Test
    void solved_on_the_spot_answers_a_filed_case_for_the_unit_present() {
        Appeal appeal = filed("ZTC-202611-00041");
        assertTrue(appeal.atSession().solve(CITY, "zwsj", "现场答复", "2026-11 市级", NOW).isEmpty());
        assertEquals(AppealStatus.ANSWERED, appeal.status());
        assertEquals("zwsj", appeal.leadUnit());
        assertEquals(Outcome.RESOLVED, appeal.outcome());
        assertTrue(appeal.answeredOnTime());
    }

    @Test
    void the_time_limit_set_at_a_session_becomes_the_due_date_but_never_in_the_past() {
        Appeal appeal = assigned("ZTC-202611-00042");
        assertInstanceOf(AppealRejection.NotAllowed.class, appeal.atSession()
                .setTimeLimit(CITY, null, LocalDate.of(2026, 11, 1), "s", NOW).orElseThrow());
        assertTrue(appeal.atSession().setTimeLimit(CITY, null, LocalDate.of(2026, 12, 31), "s", NOW).isEmpty());
        assertEquals(LocalDate.of(2026, 12, 31), appeal.dueDate());
    }

    @Test
    void escalated_the_city_takes_the_case_up_and_supervises_it() {
        Appeal appeal = assigned("ZTC-202611-00043");
        assertTrue(appeal.atSession().escalate(HENGQIN, "涉及省级事权", "s", NOW).isEmpty());
        assertTrue(appeal.cityHandles());
        assertTrue(appeal.supervised());
        assertInstanceOf(AppealRejection.NotAllowed.class, appeal.atSession().solve(HENGQIN, null, "x", "s", NOW)
                .orElseThrow(), "the district office no longer runs it");
    }

    @Test
    void a_case_without_a_handling_unit_needs_one_named_and_an_answered_case_is_not_decided_again() {
        assertInstanceOf(AppealRejection.NotAllowed.class,
                filed("ZTC-202611-00044").atSession().solve(CITY, null, "x", "s", NOW).orElseThrow());
        assertInstanceOf(AppealRejection.WrongStatus.class,
                answered("ZTC-202611-00045").atSession().escalate(CITY, "x", "s", NOW).orElseThrow());
    }
}
