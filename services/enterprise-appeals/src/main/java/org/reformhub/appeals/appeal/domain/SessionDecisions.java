package org.reformhub.appeals.appeal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.reformhub.kernel.city.CityTime;

import static org.reformhub.appeals.AppealTexts.text;

/**
 * 每月面对面: what a face-to-face session decides on a case that awaits an answer — solved on the spot, a time limit
 * set, or escalated (提请上级协调). The leaders present answer for the unit, which leads from then on if the case
 * had none.
 */
public final class SessionDecisions {

    private final Appeal appeal;

    SessionDecisions(Appeal appeal) {
        this.appeal = appeal;
    }

    /** Solved on the spot: answered as resolved, whatever step the case had reached. */
    public Optional<AppealRejection> solve(AppealActor staff, String unit, String text, String session, Instant now) {
        Optional<AppealRejection> refused = decidable(staff, unit);
        if (refused.isPresent()) {
            return refused;
        }
        takeOver(unit, now);
        appeal.answering().record(Outcome.RESOLVED, text, null, now);
        appeal.step(AppealStatus.ANSWERED, AppealStep.Action.ANSWERED, staff, now, "每月面对面现场解决（" + session + "）");
        return Optional.empty();
    }

    /** Not solvable on the spot: the session sets the time limit (earlier or later than before). */
    public Optional<AppealRejection> setTimeLimit(AppealActor staff, String unit, LocalDate due, String session,
                                                  Instant now) {
        Optional<AppealRejection> refused = decidable(staff, unit);
        if (refused.isPresent()) {
            return refused;
        }
        if (due.isBefore(CityTime.dateOf(now))) {
            return Optional.of(new AppealRejection.NotAllowed(text("appeal.session-limit-not-past")));
        }
        takeOver(unit, now);
        String note = appeal.dueDate + " → " + due + "（" + session + "）";
        appeal.dueDate = due;
        AppealStatus status = appeal.status == AppealStatus.REOPENED ? appeal.status : AppealStatus.ASSIGNED;
        appeal.step(status, AppealStep.Action.TIME_LIMIT_SET, staff, now, note);
        return Optional.empty();
    }

    /** Needs a higher level: the city office takes the case up and supervises it (督办); the time limit runs on. */
    public Optional<AppealRejection> escalate(AppealActor staff, String matter, String session, Instant now) {
        Optional<AppealRejection> refused = openToTheSession(staff);
        if (refused.isPresent()) {
            return refused;
        }
        appeal.cityHandles = true;
        appeal.supervised = true;
        appeal.step(appeal.status, AppealStep.Action.LEVEL_CHANGED, staff, now, "提请上级协调（" + session + "）：" + matter);
        return Optional.empty();
    }

    /** The office in charge decides, on a case that still awaits an answer. */
    private Optional<AppealRejection> openToTheSession(AppealActor staff) {
        Optional<AppealRejection> notOffice = appeal.access().officeInCharge(staff, "appeal.only-office-records-outcomes");
        if (notOffice.isPresent()) {
            return notOffice;
        }
        return appeal.awaitsAnswer() ? Optional.empty()
                : Optional.of(new AppealRejection.WrongStatus(appeal.status, "decide-at-session"));
    }

    /** As above, and someone answers for it: its lead unit, or the unit named at the session. */
    private Optional<AppealRejection> decidable(AppealActor staff, String unit) {
        return openToTheSession(staff).or(() -> appeal.leadUnit == null && unit == null
                ? Optional.of(new AppealRejection.NotAllowed(text("appeal.no-handling-unit"))) : Optional.empty());
    }

    private void takeOver(String unit, Instant now) {
        if (appeal.acceptedAt == null) {
            appeal.acceptedAt = now;
        }
        if (appeal.leadUnit == null) {
            appeal.leadUnit = unit;
            appeal.cooperatingUnits = List.of();
            appeal.assignedAt = now;
        }
    }
}
