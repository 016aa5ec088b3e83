package org.reformhub.appeals.assessment.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A handling unit's assessment (机关作风考核) over the cases it led: response rate (answered ÷ assigned), on-time
 * rate (answered within the limit ÷ answered), resolution rate (resolved ÷ answered), satisfaction rate (非常满意,
 * 满意, 基本满意 ÷ rated; how many ratings the enterprises gave themselves and how many the office obtained on a
 * follow-up, 回访), reopened cases, and a composite score from configurable weights (rates as 0-100; a
 * rate with nothing to count counts as full, so a unit is not punished for an empty period).
 */
public record UnitAssessment(String unit, int assigned, int answered, Double responseRate, @Schema(nullable = true) Double onTimeRate,
                             @Schema(nullable = true) Double resolutionRate, int rated, int ratedByEnterprise, int ratedOnFollowUp,
                             @Schema(nullable = true) Double satisfactionRate, int reopened, double score, int rank) {

    /** How much each rate weighs in the score (they need not sum to 1: the score is divided by their sum). */
    public record Weights(double response, double onTime, double resolution, double satisfaction) {
        double sum() {
            return response + onTime + resolution + satisfaction;
        }
    }

    /** Every unit that led a case, best score first, ranked (ties share a rank). */
    public static List<UnitAssessment> rank(List<CaseFacts> cases, Weights weights) {
        Map<String, List<CaseFacts>> byUnit = cases.stream().filter(c -> c.leadUnit() != null)
                .collect(Collectors.groupingBy(CaseFacts::leadUnit));
        List<UnitAssessment> units = new ArrayList<>();
        byUnit.forEach((unit, led) -> units.add(of(unit, led, weights)));
        units.sort(Comparator.comparingDouble(UnitAssessment::score).reversed().thenComparing(UnitAssessment::unit));
        List<UnitAssessment> ranked = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            UnitAssessment u = units.get(i);
            int rank = i > 0 && ranked.get(i - 1).score() == u.score() ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new UnitAssessment(u.unit, u.assigned, u.answered, u.responseRate, u.onTimeRate, u.resolutionRate,
                    u.rated, u.ratedByEnterprise, u.ratedOnFollowUp, u.satisfactionRate, u.reopened, u.score, rank));
        }
        return ranked;
    }

    static UnitAssessment of(String unit, List<CaseFacts> led, Weights weights) {
        List<CaseFacts> answered = led.stream().filter(CaseFacts::answered).toList();
        List<CaseFacts> rated = led.stream().filter(CaseFacts::rated).toList();
        Double response = ChannelFigures.percent(answered.size(), led.size());
        Double onTime = ChannelFigures.percent(answered.stream().filter(c -> Boolean.TRUE.equals(c.answeredOnTime())).count(),
                answered.size());
        Double resolution = ChannelFigures.percent(answered.stream().filter(CaseFacts::resolved).count(), answered.size());
        Double satisfaction = ChannelFigures.percent(rated.stream().filter(CaseFacts::satisfied).count(), rated.size());
        double score = (weights.response() * full(response) + weights.onTime() * full(onTime)
                + weights.resolution() * full(resolution) + weights.satisfaction() * full(satisfaction)) / weights.sum();
        int onFollowUp = (int) rated.stream().filter(CaseFacts::ratedOnFollowUp).count();
        return new UnitAssessment(unit, led.size(), answered.size(), response, onTime, resolution, rated.size(),
                rated.size() - onFollowUp, onFollowUp, satisfaction, (int) led.stream().filter(c -> c.reopenCount() > 0).count(), Math.round(score * 10) / 10.0, 0);
    }

    private static double full(Double rate) {
        return rate == null ? 100.0 : rate;
    }
}
