package org.reformhub.progress.schedule.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.scheduler.Scheduled;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import org.reformhub.kernel.outbox.Outbox;
import org.reformhub.progress.measure.application.MeasureChanges;
import org.reformhub.progress.measure.application.OverdueMeasures;
import org.reformhub.progress.schedule.domain.Obligation;
import org.reformhub.progress.schedule.domain.ReportingPeriod;
import org.reformhub.progress.schedule.domain.ReportingSchedule;
import org.reformhub.progress.schedule.events.ObligationContract;
import org.reformhub.progress.schedule.infrastructure.ObligationRepository;
import org.reformhub.kernel.city.CityTime;

/**
 * Once a day: writes down who owes which report, announces reports that are missing (催报) and measures that
 * became overdue. Runs once a day even with several instances (the day's row in {@code daily_scan} is
 * claimed in the scan's transaction), and each missing report or overdue measure is announced once ever,
 * so running it again (an operator, a test) never publishes twice.
 */
@ApplicationScoped
public class DailyScan {

    /** What a scan did. */
    public record Result(LocalDate day, boolean ran, int obligationsAdded, int missingAnnounced, int overdueAnnounced,
                         int dueAnnounced) {
    }

    private static final Logger LOG = Logger.getLogger(DailyScan.class);
    private static final int BATCH = 5_000;

    private final ManageSchedules schedules;
    private final ObligationRepository obligations;
    private final OverdueMeasures overdueMeasures;
    private final MeasureChanges changes;
    private final Outbox outbox;

    private final int dueSoonDays;

    public DailyScan(ManageSchedules schedules, ObligationRepository obligations, OverdueMeasures overdueMeasures,
                     MeasureChanges changes, Outbox outbox,
                     @ConfigProperty(name = "reformhub.progress.due-soon-days", defaultValue = "7") int dueSoonDays) {
        this.dueSoonDays = dueSoonDays;
        this.schedules = schedules;
        this.obligations = obligations;
        this.overdueMeasures = overdueMeasures;
        this.changes = changes;
        this.outbox = outbox;
    }

    /** Hourly, so the first tick of a day does the day's scan whenever the service started; the others skip. */
    @Scheduled(every = "${reformhub.progress.scan-every:1h}", delayed = "${reformhub.progress.scan-delay:60s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        Result result = run(CityTime.today(), false);
        if (result.ran()) {
            LOG.infof("daily scan %s: %d obligations added, %d missing reports, %d overdue measures and %d coming due dates"
                    + " announced", result.day(), result.obligationsAdded(), result.missingAnnounced(), result.overdueAnnounced(),
                    result.dueAnnounced());
        }
    }

    /** @param again run even when today's scan already ran (nothing is announced twice either way) */
    @Transactional
    public Result run(LocalDate today, boolean again) {
        if (!obligations.claimScan(today, Instant.now()) && !again) {
            return new Result(today, false, 0, 0, 0, 0);
        }
        int added = 0;
        int dueAnnounced = 0;
        for (ReportingSchedule schedule : schedules.all()) {
            for (boolean ongoing : List.of(false, true)) {
                for (ReportingPeriod period : schedule.periodsDue(ongoing, today)) {
                    added += obligations.owe(schedule.programme(), ongoing, period.code(), schedule.dueDate(period));
                }
                // what falls due soon, announced once, so reminders (notifications) can tell the units beforehand
                for (ReportingPeriod period : schedule.periodsFallingDue(ongoing, today, dueSoonDays)) {
                    if (obligations.announceDue(schedule.programme(), period.code(), ongoing, schedule.dueDate(period), Instant.now())) {
                        outbox.append(ObligationContract.due(schedule.programme(), period.code(), ongoing,
                                schedule.dueDate(period), today));
                        dueAnnounced++;
                    }
                }
            }
        }
        int missing = 0;
        List<Obligation> batch;
        do {
            batch = obligations.missingToAnnounce(today, BATCH);
            for (Obligation o : batch) {
                outbox.append(ObligationContract.missing(o, today));
                obligations.announced(o);
            }
            missing += batch.size();
        } while (batch.size() == BATCH);
        int overdue = overdueMeasures.announce(today);
        obligations.scanFinished(today, Instant.now());
        // obligations of every programme may have changed: views recompute them all (last: the counters stay locked)
        schedules.all().forEach(schedule -> changes.touchedAll(schedule.programme()));
        return new Result(today, true, added, missing, overdue, dueAnnounced);
    }
}
