package org.reformhub.appeals.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The assessment's rates and score, and the channel's figures, over hand-made cases. */
class UnitAssessmentTest {

    private static CaseFacts led(String unit, boolean answered, Boolean onTime, String outcome, String rating, int reopened) {
        return new CaseFacts("tax", "2026-11", unit, true, answered, onTime, answered ? 4 : null, outcome, rating, reopened, null);
    }

    @Test
    void rates_score_and_rank() {
        List<CaseFacts> cases = List.of(
                led("swj", true, true, "RESOLVED", "SATISFIED", 0),
                led("swj", true, false, "PARTLY_RESOLVED", "DISSATISFIED", 1),
                led("zwsj", true, true, "RESOLVED", "VERY_SATISFIED", 0),
                led("zwsj", false, null, null, null, 0));
        List<UnitAssessment> ranked = UnitAssessment.rank(cases, new UnitAssessment.Weights(1, 1, 1, 1));
        UnitAssessment swj = ranked.stream().filter(u -> u.unit().equals("swj")).findFirst().orElseThrow();
        assertEquals(100.0, swj.responseRate());
        assertEquals(50.0, swj.onTimeRate());
        assertEquals(50.0, swj.resolutionRate());
        assertEquals(50.0, swj.satisfactionRate());
        assertEquals(1, swj.reopened());
        assertEquals(62.5, swj.score());
        UnitAssessment zwsj = ranked.get(0);
        assertEquals("zwsj", zwsj.unit());
        assertEquals(1, zwsj.rank());
        assertEquals(87.5, zwsj.score()); // response 50, on time 100, resolution 100, satisfaction 100
        assertEquals(2, swj.rank());
    }

    @Test
    void channel_figures_count_satisfaction_over_rated_cases_only() {
        ChannelFigures figures = ChannelFigures.of(List.of(
                led("swj", true, true, "RESOLVED", "BASICALLY_SATISFIED", 0),
                led("swj", true, true, "RESOLVED", null, 0),
                led("swj", false, null, null, null, 0)));
        assertEquals(3, figures.received());
        assertEquals(2, figures.answered());
        assertEquals(100.0, figures.answeredOnTimePercent());
        assertEquals(100.0, figures.satisfactionPercent());
        assertEquals(1, figures.rated());
        assertEquals(4.0, figures.averageWorkingDaysToAnswer());
    }
}
