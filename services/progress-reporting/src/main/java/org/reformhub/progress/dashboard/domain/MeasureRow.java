package org.reformhub.progress.dashboard.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.reformhub.progress.measure.domain.MeasureStatus;
import org.reformhub.progress.measure.domain.RegisteredMeasure;

/**
 * A measure as a dashboard row needs it: who is responsible, the deadline, the official status (null
 * before any) and where it stands on its KPI targets. Read straight from the read model's columns, without the narrative, work items or history.
 */
public record MeasureRow(String programme, String code, String list, String area, String title,
                         List<RegisteredMeasure.Unit> leadUnits, List<RegisteredMeasure.Unit> cooperatingUnits,
                         String deadlineKind, LocalDate deadlineDate, MeasureStatus status, Instant approvedAt,
                         List<org.reformhub.progress.measure.domain.KpiStanding> kpis) {

    public boolean leads(String dept) {
        return leadUnits.stream().anyMatch(u -> u.code().equals(dept));
    }

    public boolean isResponsible(String dept) {
        return leads(dept) || cooperatingUnits.stream().anyMatch(u -> u.code().equals(dept));
    }
}
