package org.reformhub.progress.dashboard.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

import org.reformhub.progress.dashboard.domain.MeasureRow;
import org.reformhub.progress.dashboard.domain.MeasureState;
import org.reformhub.progress.measure.domain.Health;
import org.reformhub.progress.measure.domain.KpiStanding;
import org.reformhub.progress.measure.domain.MeasureAssessment;
import org.reformhub.progress.measure.domain.RegisteredMeasure;

/** One line of a list on a dashboard (overdue, due soon, off track). */
public record MeasureLine(String programme, String code, String title, String domain, List<String> leadUnits,
                          @Schema(nullable = true) LocalDate deadline, @Schema(nullable = true) Long daysToDeadline, String status, Health health,
                          List<MeasureAssessment.Reason> reasons, List<KpiStanding> kpis) {
    public static MeasureLine of(MeasureState s) {
        MeasureRow m = s.measure();
        return new MeasureLine(m.programme(), m.code(), m.title(), m.area(),
                m.leadUnits().stream().map(RegisteredMeasure.Unit::name).toList(), m.deadlineDate(),
                s.assessment().daysToDeadline(), s.status().name(), s.assessment().health(), s.assessment().reasons(),
                m.kpis());
    }
}
