package org.reformhub.appeals.assessment.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The channel's figures over a set of cases: received, answered, answered on time, resolved, satisfaction and
 * the average working days to an answer. Rates in percent with one decimal, null when nothing was counted.
 */
public record ChannelFigures(int received, int accepted, int answered, @Schema(nullable = true) Double answeredOnTimePercent,
                             @Schema(nullable = true) Double resolvedPercent, int rated, @Schema(nullable = true) Double satisfactionPercent,
                             @Schema(nullable = true) Double averageWorkingDaysToAnswer, int reopened) {

    public static ChannelFigures of(List<CaseFacts> cases) {
        List<CaseFacts> answered = cases.stream().filter(CaseFacts::answered).toList();
        List<CaseFacts> rated = cases.stream().filter(CaseFacts::rated).toList();
        double days = answered.stream().filter(c -> c.workingDaysToAnswer() != null)
                .mapToInt(CaseFacts::workingDaysToAnswer).average().orElse(Double.NaN);
        return new ChannelFigures(cases.size(), (int) cases.stream().filter(CaseFacts::accepted).count(), answered.size(),
                percent(answered.stream().filter(c -> Boolean.TRUE.equals(c.answeredOnTime())).count(), answered.size()),
                percent(answered.stream().filter(CaseFacts::resolved).count(), answered.size()), rated.size(),
                percent(rated.stream().filter(CaseFacts::satisfied).count(), rated.size()),
                Double.isNaN(days) ? null : Math.round(days * 10) / 10.0,
                (int) cases.stream().filter(c -> c.reopenCount() > 0).count());
    }

    static Double percent(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 10.0;
    }
}
