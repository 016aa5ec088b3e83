package org.reformhub.appeals.appeal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reformhub.appeals.appeal.domain.CaseFixtures.*;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** 满意度评价 and 回访: how a rating is obtained, what it does, and whose word stands. */
class EvaluationTest {

    private static final Instant LATER = NOW.plusSeconds(3600);

    @Test
    void a_follow_up_rating_closes_a_satisfied_case_and_says_how_it_was_obtained() {
        Appeal appeal = answered("ZTC-202611-00011");
        assertTrue(appeal.evaluation().followUp(CITY, Rating.SATISFIED, FollowUpChannel.PHONE, null, "王五", null, LATER)
                .isEmpty());
        assertEquals(AppealStatus.CLOSED, appeal.status());
        assertEquals(RatingSource.FOLLOW_UP, appeal.ratingSource());
        assertEquals("王五", appeal.followUpBy());
    }

    @Test
    void the_enterprises_own_rating_stands_over_the_follow_up() {
        Appeal appeal = answered("ZTC-202611-00012");
        appeal.evaluation().followUp(CITY, Rating.SATISFIED, FollowUpChannel.PHONE, null, "王五", null, LATER);
        assertTrue(appeal.evaluation().rate(ENTERPRISE, Rating.DISSATISFIED, "没解决", LocalDate.of(2026, 12, 18),
                LATER.plusSeconds(60)).isEmpty());
        assertEquals(RatingSource.ENTERPRISE, appeal.ratingSource());
        assertEquals(AppealStatus.REOPENED, appeal.status());
        assertEquals(LocalDate.of(2026, 12, 18), appeal.dueDate());
    }

    @Test
    void an_answer_the_enterprise_rated_is_not_followed_up_and_only_the_office_follows_up() {
        Appeal appeal = answered("ZTC-202611-00013");
        assertInstanceOf(AppealRejection.NotAllowed.class, appeal.evaluation()
                .followUp(ZWSJ, Rating.SATISFIED, FollowUpChannel.PHONE, null, "x", null, LATER).orElseThrow());
        appeal.evaluation().rate(ENTERPRISE, Rating.SATISFIED, null, null, LATER);
        assertInstanceOf(AppealRejection.AlreadyRated.class, appeal.evaluation()
                .followUp(CITY, Rating.SATISFIED, FollowUpChannel.PHONE, null, "x", null, LATER).orElseThrow());
    }

    @Test
    void an_answer_closed_unrated_can_still_be_followed_up() {
        Appeal appeal = answered("ZTC-202611-00014");
        assertTrue(appeal.answering().closeUnrated(SYSTEM, LATER));
        assertTrue(appeal.evaluation().followUp(CITY, Rating.SATISFIED, FollowUpChannel.VISIT, null, "王五", null,
                LATER.plusSeconds(60)).isEmpty());
        assertEquals(Rating.SATISFIED, appeal.rating());
    }
}
