package org.reformhub.appeals.appeal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reformhub.appeals.appeal.domain.CaseFixtures.*;

import java.util.List;

import org.junit.jupiter.api.Test;

/** 合并重复诉求: a duplicate joins an open original, stops its own clock and takes the original's answer. */
class MergingTest {

    @Test
    void a_merged_duplicate_follows_the_originals_answer_and_both_keep_the_link() {
        Appeal original = assigned("ZTC-202611-00031");
        Appeal duplicate = filed("ZTC-202611-00032");
        assertTrue(duplicate.merging().into(original, CITY, NOW).isEmpty());
        assertEquals(AppealStatus.MERGED, duplicate.status());
        assertEquals(List.of("ZTC-202611-00032"), original.duplicates());
        assertTrue(!duplicate.awaitsAnswer(), "a merged case runs no time limit of its own");
        original.answering().answer(ZWSJ, Outcome.RESOLVED, "已办结", null, NOW);
        duplicate.answering().follow(original, ZWSJ, NOW);
        assertEquals(AppealStatus.ANSWERED, duplicate.status());
        assertEquals("已办结", duplicate.answer());
    }

    @Test
    void a_case_merges_only_into_an_open_original_that_is_no_duplicate_itself() {
        Appeal original = assigned("ZTC-202611-00033");
        Appeal duplicate = filed("ZTC-202611-00034");
        duplicate.merging().into(original, CITY, NOW);
        assertInstanceOf(AppealRejection.NotAllowed.class,
                filed("ZTC-202611-00035").merging().into(duplicate, CITY, NOW).orElseThrow());
        assertInstanceOf(AppealRejection.NotAllowed.class, original.merging().into(original, CITY, NOW).orElseThrow());
        Appeal closed = answered("ZTC-202611-00036");
        closed.evaluation().rate(ENTERPRISE, Rating.SATISFIED, null, null, NOW);
        assertInstanceOf(AppealRejection.WrongStatus.class,
                filed("ZTC-202611-00037").merging().into(closed, CITY, NOW).orElseThrow());
    }
}
