package org.reformhub.appeals.appeal.application;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.scheduler.Scheduled;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.reformhub.appeals.appeal.domain.Appeal;
import org.reformhub.appeals.appeal.domain.AppealActor;
import org.reformhub.appeals.appeal.infrastructure.AppealRepository;
import org.reformhub.appeals.calendar.application.ManageCalendar;
import org.reformhub.appeals.calendar.domain.WorkingCalendar;
import org.reformhub.kernel.city.CityTime;

/**
 * The SLA watch: warns when 80 % of a case's time limit is used, marks it overdue and supervised (督办) when the
 * limit passes, and closes answers left unrated for the configured working days. Each case row is locked
 * (skip locked), so two instances never handle one case twice; each warning is given once per due date.
 */
@ApplicationScoped
public class SlaWatch {

    /** What a pass did. */
    public record Result(int warned, int overdue, int closedUnrated) {
    }

    private static final AppealActor SYSTEM = new AppealActor("sla-watch", true, null, null);

    private final AppealRepository appeals;
    private final ManageCalendar calendar;
    private final AnnounceSteps steps;
    private final int unratedCloseDays;

    public SlaWatch(AppealRepository appeals, ManageCalendar calendar, AnnounceSteps steps,
                    @ConfigProperty(name = "reformhub.appeals.unrated-close-days") int unratedCloseDays) {
        this.appeals = appeals;
        this.calendar = calendar;
        this.steps = steps;
        this.unratedCloseDays = unratedCloseDays;
    }

    @Scheduled(every = "${reformhub.appeals.sla-every:15m}", delayed = "60s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run();
    }

    @Transactional
    public Result run() {
        Instant now = Instant.now();
        LocalDate today = CityTime.dateOf(now);
        WorkingCalendar working = calendar.calendar();
        int warned = 0;
        int overdue = 0;
        for (Appeal appeal : appeals.awaitingAnswerLocked()) {
            int before = appeal.history().size();
            var step = appeal.timeLimit().watch(today, working.workingDaysBetween(today, appeal.dueDate()), SYSTEM, now);
            if (step.isPresent()) {
                appeals.flush();
                steps.since(appeal, before);
                if (step.get() == org.reformhub.appeals.appeal.domain.AppealStep.Action.OVERDUE) {
                    overdue++;
                } else {
                    warned++;
                }
            }
        }
        int closed = 0;
        for (Appeal appeal : appeals.answeredLocked()) {
            LocalDate answeredOn = CityTime.dateOf(appeal.answeredAt());
            if (working.workingDaysBetween(answeredOn, today) >= unratedCloseDays) {
                int before = appeal.history().size();
                appeal.answering().closeUnrated(SYSTEM, now);
                appeals.flush();
                steps.since(appeal, before);
                closed++;
            }
        }
        return new Result(warned, overdue, closed);
    }
}
