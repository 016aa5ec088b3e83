package org.reformhub.appeals.appeal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import static org.reformhub.appeals.AppealTexts.text;

/**
 * 办理时限: the working-day limit runs while the case awaits an answer. At 80 % of it the handling unit is warned;
 * past the due date the case is overdue and supervised (督办), each once per due date. The office may extend it.
 */
public final class TimeLimit {

    /** The share of the time limit, in per cent, after which the handling unit is warned. */
    public static final int WARNING_PERCENT = 80;

    private final Appeal appeal;

    TimeLimit(Appeal appeal) {
        this.appeal = appeal;
    }

    /**
     * The watch on a day: what it announced, if anything.
     * @param remainingWorkingDays working days after {@code today} up to the due date
     */
    public Optional<AppealStep.Action> watch(LocalDate today, int remainingWorkingDays, AppealActor system, Instant now) {
        if (!appeal.awaitsAnswer()) {
            return Optional.empty();
        }
        LocalDate due = appeal.dueDate;
        if (today.isAfter(due)) {
            if (due.equals(appeal.overdueFor)) {
                return Optional.empty();
            }
            appeal.overdueFor = due;
            appeal.supervised = true;
            appeal.step(appeal.status, AppealStep.Action.OVERDUE, system, now, "超过办理时限 " + due + "，督办");
            return Optional.of(AppealStep.Action.OVERDUE);
        }
        int limit = appeal.reopenCount > 0 ? Evaluation.RECTIFICATION_DAYS : appeal.timeLimitDays;
        // in whole numbers: 10 × (1 − 0.8) is 1.9999999999999996 in doubles, which warned a day late
        boolean mostUsed = (limit - remainingWorkingDays) * 100 >= limit * WARNING_PERCENT;
        if (mostUsed && !due.equals(appeal.slaWarnedFor)) {
            appeal.slaWarnedFor = due;
            appeal.step(appeal.status, AppealStep.Action.SLA_WARNING, system, now, "办理时限将至：" + due);
            return Optional.of(AppealStep.Action.SLA_WARNING);
        }
        return Optional.empty();
    }

    /** Supervisors extend a time limit, with the reason kept in the history. */
    public Optional<AppealRejection> extend(AppealActor staff, LocalDate newDue, String reason, Instant now) {
        Optional<AppealRejection> notOffice = appeal.access().officeInCharge(staff, "appeal.only-office-extends");
        if (notOffice.isPresent()) {
            return notOffice;
        }
        if (!appeal.status.open() || appeal.status == AppealStatus.ANSWERED) {
            return Optional.of(new AppealRejection.WrongStatus(appeal.status, "extend"));
        }
        if (!newDue.isAfter(appeal.dueDate)) {
            return Optional.of(new AppealRejection.NotAllowed(text("appeal.extension-later", appeal.dueDate)));
        }
        String note = appeal.dueDate + " → " + newDue + "：" + reason;
        appeal.dueDate = newDue;
        appeal.step(appeal.status, AppealStep.Action.EXTENDED, staff, now, note);
        return Optional.empty();
    }
}
