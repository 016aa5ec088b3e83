package org.reformhub.appeals.appeal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.reformhub.kernel.city.CityTime;

/**
 * 答复: the lead unit answers (on time when by the end of the due day, city time); a merged duplicate takes its
 * original's answer; an answer left unrated closes as unrated.
 */
public final class Answering {

    private final Appeal appeal;

    Answering(Appeal appeal) {
        this.appeal = appeal;
    }

    public Optional<AppealRejection> answer(AppealActor unit, Outcome outcome, String text, LocalDate committed,
                                            Instant now) {
        Optional<AppealRejection> refused = appeal.access().leadUnitOnly(unit)
                .or(() -> appeal.statusIn("answer", AppealStatus.ASSIGNED, AppealStatus.REOPENED));
        if (refused.isPresent()) {
            return refused;
        }
        if (outcome == Outcome.CANNOT_RESOLVE_NOW && committed == null) {
            return Optional.of(new AppealRejection.CommittedDateRequired());
        }
        record(outcome, text, outcome == Outcome.CANNOT_RESOLVE_NOW ? committed : null, now);
        appeal.step(AppealStatus.ANSWERED, AppealStep.Action.ANSWERED, unit, now, outcome.name());
        return Optional.empty();
    }

    /** The answer as given, whoever gave it (the lead unit, or the leaders at a face-to-face session). */
    void record(Outcome outcome, String text, LocalDate committed, Instant now) {
        appeal.outcome = outcome;
        appeal.answer = text;
        appeal.committedDate = committed;
        appeal.answeredAt = now;
        appeal.answeredOnTime = !CityTime.dateOf(now).isAfter(appeal.dueDate);
    }

    /** A merged duplicate takes the original's answer; its own enterprise rates it. */
    public void follow(Appeal original, AppealActor unit, Instant now) {
        if (appeal.status != AppealStatus.MERGED) {
            return;
        }
        appeal.leadUnit = original.leadUnit;
        appeal.outcome = original.outcome;
        appeal.answer = original.answer;
        appeal.committedDate = original.committedDate;
        appeal.answeredAt = now;
        appeal.answeredOnTime = original.answeredOnTime;
        appeal.step(AppealStatus.ANSWERED, AppealStep.Action.ANSWERED, unit, now,
                appeal.outcome.name() + "（随 " + original.caseNumber + " 答复）");
    }

    /** An answer left unrated this long closes as unrated (counted as unrated, not as satisfied). */
    public boolean closeUnrated(AppealActor system, Instant now) {
        if (appeal.status != AppealStatus.ANSWERED) {
            return false;
        }
        appeal.closedAt = now;
        appeal.step(AppealStatus.CLOSED, AppealStep.Action.CLOSED, system, now, "未评价，自动办结");
        return true;
    }
}
