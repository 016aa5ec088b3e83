package org.reformhub.appeals.appeal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reformhub.appeals.appeal.domain.CaseFixtures.*;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** 答复: only the lead unit answers, on time by the end of the due day (city time); a later commitment needs its date. */
class AnsweringTest {

    private static final AppealActor ZRZY = new AppealActor("zrzy-officer", false, "zrzy", null);

    @Test
    void only_the_lead_unit_answers_and_only_a_case_that_is_with_it() {
        Appeal appeal = assigned("ZTC-202611-00061");
        assertInstanceOf(AppealRejection.NotAllowed.class,
                appeal.answering().answer(ZRZY, Outcome.RESOLVED, "已办结", null, NOW).orElseThrow());
        assertTrue(appeal.answering().answer(ZWSJ, Outcome.RESOLVED, "已办结", null, NOW).isEmpty());
        assertEquals(AppealStatus.ANSWERED, appeal.status());
        assertInstanceOf(AppealRejection.WrongStatus.class,
                appeal.answering().answer(ZWSJ, Outcome.RESOLVED, "再答一次", null, NOW).orElseThrow(), "already answered");
    }

    @Test
    void an_answer_by_the_end_of_the_due_day_in_the_city_is_on_time_and_one_a_minute_later_is_not() {
        Appeal lastMinute = assigned("ZTC-202611-00062");
        lastMinute.answering().answer(ZWSJ, Outcome.RESOLVED, "已办结", null, Instant.parse("2026-12-11T15:59:00Z"));
        assertTrue(lastMinute.answeredOnTime(), "23:59 on the due day, Asia/Shanghai");
        Appeal late = assigned("ZTC-202611-00063");
        late.answering().answer(ZWSJ, Outcome.RESOLVED, "已办结", null, Instant.parse("2026-12-11T16:00:00Z"));
        assertFalse(late.answeredOnTime(), "00:00 the next day in the city");
    }

    @Test
    void cannot_resolve_now_needs_the_date_it_will_be_and_only_that_outcome_keeps_one() {
        Appeal appeal = assigned("ZTC-202611-00064");
        assertInstanceOf(AppealRejection.CommittedDateRequired.class,
                appeal.answering().answer(ZWSJ, Outcome.CANNOT_RESOLVE_NOW, "需协调", null, NOW).orElseThrow());
        assertEquals(AppealStatus.ASSIGNED, appeal.status(), "a refused answer changes nothing");
        LocalDate committed = LocalDate.of(2027, 3, 31);
        assertTrue(appeal.answering().answer(ZWSJ, Outcome.CANNOT_RESOLVE_NOW, "需协调", committed, NOW).isEmpty());
        assertEquals(committed, appeal.committedDate());
        Appeal resolved = assigned("ZTC-202611-00065");
        resolved.answering().answer(ZWSJ, Outcome.RESOLVED, "已办结", committed, NOW);
        assertNull(resolved.committedDate());
    }

    @Test
    void an_answer_left_unrated_closes_as_unrated_and_nothing_else_closes_that_way() {
        Appeal assigned = assigned("ZTC-202611-00066");
        assertFalse(assigned.answering().closeUnrated(SYSTEM, NOW));
        Appeal answered = answered("ZTC-202611-00067");
        assertTrue(answered.answering().closeUnrated(SYSTEM, NOW));
        assertEquals(AppealStatus.CLOSED, answered.status());
        assertNull(answered.rating());
    }
}
