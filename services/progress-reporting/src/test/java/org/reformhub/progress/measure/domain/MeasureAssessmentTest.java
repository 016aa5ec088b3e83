package org.reformhub.progress.measure.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The health rules: each fires with its reason, the worst wins, completed and ongoing measures are never overdue. */
class MeasureAssessmentTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final Instant NOW = Instant.parse("2026-11-27T04:00:00Z");

    private static MeasureAssessment assess(MeasureStatus status, String kind, LocalDate deadline, int missing, int returned,
                                            Instant supportSince) {
        return MeasureAssessment.of(new MeasureAssessment.Facts(status, kind, deadline, missing, returned, supportSince), TODAY, NOW);
    }

    @Test
    void on_track_when_no_rule_fires() {
        MeasureAssessment a = assess(MeasureStatus.IN_PROGRESS, "DATE", TODAY.plusDays(90), 0, 0, null);
        assertEquals(DeadlineState.NOT_DUE, a.deadline());
        assertEquals(Health.ON_TRACK, a.health());
        assertEquals(List.of(), a.reasons());
    }

    @Test
    void overdue_is_off_track_with_the_days() {
        MeasureAssessment a = assess(MeasureStatus.IN_PROGRESS, "DATE", TODAY.minusDays(3), 0, 0, null);
        assertEquals(DeadlineState.OVERDUE, a.deadline());
        assertEquals(Health.OFF_TRACK, a.health());
        assertEquals("已超过完成时限 3 天仍未完成", a.reasons().get(0).text());
    }

    @Test
    void completed_and_ongoing_measures_are_never_overdue() {
        assertEquals(DeadlineState.COMPLETED, assess(MeasureStatus.COMPLETED, "DATE", TODAY.minusDays(300), 0, 0, null).deadline());
        MeasureAssessment ongoing = assess(MeasureStatus.ONGOING, "ONGOING", null, 1, 0, null);
        assertEquals(DeadlineState.ONGOING, ongoing.deadline());
        assertEquals(Health.AT_RISK, ongoing.health()); // but owes its reports
    }

    @Test
    void missing_returned_and_unanswered_support_put_a_measure_at_risk_or_off_track() {
        assertEquals(Health.AT_RISK, assess(MeasureStatus.IN_PROGRESS, "DATE", TODAY.plusDays(90), 1, 0, null).health());
        assertEquals(Health.OFF_TRACK, assess(MeasureStatus.IN_PROGRESS, "DATE", TODAY.plusDays(90), 2, 0, null).health());
        MeasureAssessment returned = assess(MeasureStatus.IN_PROGRESS, "DATE", TODAY.plusDays(90), 0, 1, null);
        assertEquals("returned-report", returned.reasons().get(0).rule());
        assertEquals(Health.ON_TRACK, assess(MeasureStatus.IN_PROGRESS, "DATE", TODAY.plusDays(90), 0, 0,
                NOW.minusSeconds(86_400 * 3)).health());
        assertEquals(Health.AT_RISK, assess(MeasureStatus.IN_PROGRESS, "DATE", TODAY.plusDays(90), 0, 0,
                NOW.minusSeconds(86_400 * 11)).health());
    }

    @Test
    void due_soon_and_not_started_is_at_risk() {
        MeasureAssessment a = assess(MeasureStatus.NOT_STARTED, "DATE", TODAY.plusDays(20), 0, 0, null);
        assertEquals(DeadlineState.DUE_SOON, a.deadline());
        assertEquals(Health.AT_RISK, a.health());
        assertEquals(DeadlineState.UNKNOWN, assess(null, null, null, 0, 0, null).deadline());
    }
}
