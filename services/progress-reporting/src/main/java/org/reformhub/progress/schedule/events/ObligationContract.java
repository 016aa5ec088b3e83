package org.reformhub.progress.schedule.events;

import java.time.LocalDate;

import org.reformhub.kernel.event.OutgoingEvent;
import org.reformhub.progress.schedule.domain.Obligation;

/** The published contract of {@code reform.progress.report.missing.v1} (催报): key {@code <programme>/<code>}. */
public final class ObligationContract {

    public static final String REPORT_MISSING = "reform.progress.report.missing.v1";

    public record ReportMissing(String programme, String code, String dept, String period, LocalDate dueDate,
                                long daysLate, LocalDate detectedOn) {
    }

    private ObligationContract() {
    }

    public static OutgoingEvent missing(Obligation o, LocalDate today) {
        return new OutgoingEvent(REPORT_MISSING, o.programme() + "/" + o.code(), new ReportMissing(o.programme(), o.code(),
                o.dept(), o.period(), o.dueDate(), java.time.temporal.ChronoUnit.DAYS.between(o.dueDate(), today), today));
    }
}
