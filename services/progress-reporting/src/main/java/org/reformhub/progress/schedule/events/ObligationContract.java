package org.reformhub.progress.schedule.events;

import java.time.LocalDate;

import org.reformhub.kernel.event.OutgoingEvent;
import org.reformhub.progress.schedule.domain.Obligation;

/**
 * The published contracts of {@code reform.progress.report.missing.v1} (催报; key {@code <programme>/<code>}) and
 * {@code reform.progress.report.due.v1} (a period's reports fall due soon; key {@code <programme>}).
 */
public final class ObligationContract {

    public static final String REPORT_MISSING = "reform.progress.report.missing.v1";
    public static final String REPORT_DUE = "reform.progress.report.due.v1";

    public record ReportMissing(String programme, String code, String dept, String period, LocalDate dueDate,
                                long daysLate, LocalDate detectedOn) {
    }

    /** @param measureKind DATED (measures with a deadline) or ONGOING (持续推进): which measures owe this period */
    public record ReportDue(String programme, String period, String measureKind, LocalDate dueDate, LocalDate announcedOn) {
    }

    private ObligationContract() {
    }

    public static OutgoingEvent due(String programme, String period, boolean ongoing, LocalDate dueDate, LocalDate today) {
        return new OutgoingEvent(REPORT_DUE, programme, new ReportDue(programme, period, ongoing ? "ONGOING" : "DATED", dueDate,
                today));
    }

    public static OutgoingEvent missing(Obligation o, LocalDate today) {
        return new OutgoingEvent(REPORT_MISSING, o.programme() + "/" + o.code(), new ReportMissing(o.programme(), o.code(),
                o.dept(), o.period(), o.dueDate(), java.time.temporal.ChronoUnit.DAYS.between(o.dueDate(), today), today));
    }
}
