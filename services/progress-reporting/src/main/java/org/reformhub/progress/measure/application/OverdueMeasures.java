package org.reformhub.progress.measure.application;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.reformhub.kernel.outbox.Outbox;
import org.reformhub.progress.measure.domain.MeasureStatus;
import org.reformhub.progress.measure.domain.TrackedMeasure;
import org.reformhub.progress.measure.events.MeasureProgressContract;
import org.reformhub.progress.measure.infrastructure.TrackedMeasureRepository;

/** Announces each measure that passed its deadline without being completed, once per deadline. */
@ApplicationScoped
public class OverdueMeasures {

    private final TrackedMeasureRepository measures;
    private final Outbox outbox;

    public OverdueMeasures(TrackedMeasureRepository measures, Outbox outbox) {
        this.measures = measures;
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public int announce(LocalDate today) {
        int announced = 0;
        for (TrackedMeasure measure : measures.overdueUnannounced(today)) {
            if (!measure.overdueToAnnounce()) {
                continue;
            }
            var registered = measure.asRegistered();
            String status = measure.official().map(s -> s.status().name()).orElse(MeasureStatus.NOT_STARTED.name());
            outbox.append(MeasureProgressContract.overdue(registered, status,
                    ChronoUnit.DAYS.between(registered.deadlineDate(), today), today));
            measure.overdueAnnounced();
            announced++;
        }
        return announced;
    }
}
