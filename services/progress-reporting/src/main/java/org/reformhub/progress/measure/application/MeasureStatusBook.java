package org.reformhub.progress.measure.application;

import java.math.BigDecimal;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.reformhub.kernel.outbox.Outbox;
import org.reformhub.progress.measure.domain.KpiValue;
import org.reformhub.progress.measure.domain.OfficialStatus;
import org.reformhub.progress.measure.domain.TrackedMeasure;
import org.reformhub.progress.measure.events.MeasureProgressContract;

/**
 * The one place a measure's official status changes: from an approved consolidated report, or the table's
 * stated status when the measure is first seen. Announces the change and every KPI value it makes official.
 */
@ApplicationScoped
public class MeasureStatusBook {

    private final TrackMeasures measures;
    private final MeasureChanges changes;
    private final Outbox outbox;

    public MeasureStatusBook(TrackMeasures measures, MeasureChanges changes, Outbox outbox) {
        this.measures = measures;
        this.changes = changes;
        this.outbox = outbox;
    }

    /** @return false when the status is older than the one held (a late approval of an earlier period) */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean record(String programme, String code, OfficialStatus status) {
        TrackedMeasure measure = measures.require(programme, code, true);
        OfficialStatus before = measure.official().orElse(null);
        if (!measure.record(status)) {
            return false;
        }
        if (before == null || before.status() != status.status()) {
            outbox.append(MeasureProgressContract.statusChanged(measure.asRegistered(), before, status));
        }
        for (KpiValue value : status.kpis()) {
            outbox.append(MeasureProgressContract.kpiRecorded(measure.asRegistered(), status, value,
                    previousValue(before, value.name()).orElse(null)));
        }
        changes.touched(programme, code);
        return true;
    }

    private static Optional<BigDecimal> previousValue(OfficialStatus before, String kpi) {
        return before == null ? Optional.empty()
                : before.kpis().stream().filter(k -> k.name().equals(kpi)).map(KpiValue::value).findFirst();
    }
}
