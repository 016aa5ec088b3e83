package org.reformhub.notifications.reminder.application;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import org.jboss.logging.Logger;

import org.reformhub.notifications.inbox.application.Notify;
import org.reformhub.notifications.reminder.domain.Reminders;
import org.reformhub.notifications.reminder.infrastructure.ReadModelRepository;
import org.reformhub.notifications.supervision.application.SuperviseUnits;
import org.reformhub.kernel.city.CityTime;

/**
 * The daily reminder run, from this service's read model only (no call to another service). It runs once a day
 * across all instances (the day's row in {@code reminder_run} is a lease), and each reminder is given once per
 * occasion even when a run is repeated (the occasion is the notification's source event id). Unanswered
 * supervision notices are escalated in the same run.
 */
@ApplicationScoped
public class RunReminders {

    /** The source event type of a reminder's notifications (there is no event: the occasion is the id). */
    public static final String REMINDER = "reform.notifications.reminder";
    static final Duration LEASE = Duration.ofHours(1);
    private static final Logger LOG = Logger.getLogger(RunReminders.class);

    public record Result(LocalDate day, boolean ran, int reminders, int escalations) {
    }

    private final ReadModelRepository readModel;
    private final Notify notify;
    private final SuperviseUnits supervision;

    public RunReminders(ReadModelRepository readModel, Notify notify, SuperviseUnits supervision) {
        this.readModel = readModel;
        this.notify = notify;
        this.supervision = supervision;
    }

    /** Hourly: the first tick of a day (on any instance) does the day's run, the others skip. */
    @Scheduled(every = "${reformhub.notifications.reminders-every:1h}", delayed = "${reformhub.notifications.reminders-delay:60s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            Result result = run(CityTime.today(), false);
            if (result.ran()) {
                LOG.infof("reminders %s: %d notifications, %d supervision notices escalated", result.day(), result.reminders(),
                        result.escalations());
            }
        } catch (RuntimeException e) {
            LOG.warnf("reminder run skipped: %s", e.getMessage());
        }
    }

    /** @param again run even when the day's run is done (nothing is reminded twice either way) */
    public Result run(LocalDate today, boolean again) {
        Instant now = Instant.now();
        if (!QuarkusTransaction.requiringNew().call(() -> readModel.claimDay(today, now, LEASE)) && !again) {
            return new Result(today, false, 0, 0);
        }
        int given = 0;
        for (Reminders.TrackedMeasure measure : QuarkusTransaction.requiringNew().call(() -> readModel.openMeasures(today))) {
            given += Reminders.measure(measure, today).map(this::give).orElse(0);
        }
        for (Reminders.OwedReport owed : QuarkusTransaction.requiringNew().call(() ->
                readModel.reportsOwed(today, Reminders.REPORT_DAYS_BEFORE))) {
            given += Reminders.report(owed, today).map(this::give).orElse(0);
        }
        for (Reminders.TrackedAppeal appeal : QuarkusTransaction.requiringNew().call(() -> readModel.appealsToRemind(today))) {
            for (Reminders.Due due : Reminders.appeal(appeal, today, now)) {
                given += give(due);
            }
        }
        for (Reminders.TrackedSession session : QuarkusTransaction.requiringNew().call(() ->
                readModel.sessionsOn(today.plusDays(1)))) {
            for (Reminders.Due due : Reminders.session(session, today)) {
                given += give(due);
            }
        }
        int escalated = supervision.escalateUnanswered(today);
        QuarkusTransaction.requiringNew().run(() -> readModel.finishDay(today, Instant.now()));
        return new Result(today, true, given, escalated);
    }

    private int give(Reminders.Due due) {
        return QuarkusTransaction.requiringNew().call(() -> notify.deliver(List.of(due.notice()), "reminder:" + due.occasion(),
                REMINDER));
    }
}
