package org.reformhub.progress.dashboard.domain;

import java.time.LocalDate;

/** Reports owed for one period and how they came in: on time, late, or not at all (缺报). */
public record PeriodFigures(String period, LocalDate dueDate, int due, int onTime, int late, int missing) {

    /** On-time rate in percent, one decimal; null when nothing was due. */
    public Double onTimeRate() {
        return due == 0 ? null : Math.round(onTime * 1000.0 / due) / 10.0;
    }
}
