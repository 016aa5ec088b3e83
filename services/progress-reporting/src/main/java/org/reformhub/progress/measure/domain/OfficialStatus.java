package org.reformhub.progress.measure.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A measure's official status: what the latest approved consolidated report (or the imported table) says,
 * for which period, with its narrative and KPI values.
 */
public record OfficialStatus(MeasureStatus status, String period, LocalDate periodDue, String narrative,
                             List<KpiValue> kpis, UUID reportId, Instant approvedAt) {

    public OfficialStatus {
        kpis = kpis == null ? List.of() : List.copyOf(kpis);
    }

    /** A later period wins; within one period, the later approval. A late approval of an older period does not. */
    public boolean supersedes(OfficialStatus held) {
        if (held == null) {
            return true;
        }
        int byPeriod = periodDue.compareTo(held.periodDue);
        return byPeriod > 0 || (byPeriod == 0 && !approvedAt.isBefore(held.approvedAt));
    }
}
