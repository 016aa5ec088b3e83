package org.reformhub.progress.schedule.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.reformhub.progress.schedule.domain.Frequency;
import org.reformhub.progress.schedule.domain.Obligation;
import org.reformhub.progress.schedule.domain.ReportingSchedule;
import org.reformhub.progress.schedule.infrastructure.ObligationRepository;
import org.reformhub.progress.schedule.infrastructure.ReportingScheduleRepository;
import org.reformhub.kernel.rule.RejectedException;
import org.reformhub.kernel.city.CityTime;

/** Reporting schedules and the obligations they create: the port other features use. */
@ApplicationScoped
public class ManageSchedules {

    private final ReportingScheduleRepository schedules;
    private final ObligationRepository obligations;

    public ManageSchedules(ReportingScheduleRepository schedules, ObligationRepository obligations) {
        this.schedules = schedules;
        this.obligations = obligations;
    }

    /**
     * The programme's schedule, made with the defaults when it has none: monthly, due on the 25th, from this
     * month, or the next one when this month's due day has passed (no report is owed before it could be written).
     */
    @Transactional
    public ReportingSchedule of(String programme) {
        ReportingSchedule schedule = schedules.findById(programme);
        if (schedule == null) {
            schedules.lockForCreation(programme);
            schedule = schedules.findById(programme); // made meanwhile by whoever held the lock
        }
        if (schedule == null) {
            schedule = ReportingSchedule.startingOn(programme, CityTime.today(), Instant.now());
            schedules.persist(schedule);
        }
        return schedule;
    }

    @Transactional
    public ReportingSchedule change(String programme, Frequency frequency, Frequency ongoingFrequency, int dueDay,
                                    YearMonth from) {
        ReportingSchedule schedule = of(programme);
        RejectedException.raiseIfAny(schedule.change(frequency, ongoingFrequency, dueDay, from, Instant.now()));
        return schedule;
    }

    public List<ReportingSchedule> all() {
        return schedules.listAll();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void reportStarted(String programme, String code, String dept, String period, LocalDate due, UUID report) {
        obligations.reportStarted(programme, code, dept, period, due, report);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void reportSubmitted(String programme, String code, String dept, String period, Instant at) {
        obligations.reportSubmitted(programme, code, dept, period, at);
    }

    /** Missing reports per measure code; {@code codes} null for all of the programme's. */
    public Map<String, Integer> missingPerMeasure(String programme, LocalDate today, java.util.Collection<String> codes) {
        return obligations.missingPerMeasure(programme, today, codes);
    }

    public org.reformhub.kernel.api.Page<Obligation> missing(String programme, String period, String dept, LocalDate today,
            org.reformhub.kernel.api.PageRequest page) {
        return obligations.missing(programme, period, dept, today, page);
    }
}
