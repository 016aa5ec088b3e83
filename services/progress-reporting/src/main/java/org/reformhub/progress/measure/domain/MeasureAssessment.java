package org.reformhub.progress.measure.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The derived state of a measure on a day: its deadline state and its health, with the reason for every rule
 * that fired, so a supervisor sees why a measure is flagged. Pure: the same facts give the same answer.
 */
public record MeasureAssessment(DeadlineState deadline, Long daysToDeadline, Health health, List<Reason> reasons) {

    /** Within this many days of the deadline a measure is due soon. */
    public static final int DUE_SOON_DAYS = 30;
    /** A support request unanswered this long puts the measure at risk. */
    public static final Duration SUPPORT_ANSWER_TIME = Duration.ofDays(10);

    /** A rule that fired: a stable code and the reason in the office's words. */
    public record Reason(String rule, Health health, String text) {
    }

    /** What the rules look at. */
    public record Facts(MeasureStatus official, String deadlineKind, LocalDate deadlineDate, int missingReports,
                        int returnedWaiting, Instant supportWaitingSince) {
    }

    public static MeasureAssessment of(Facts facts, LocalDate today, Instant now) {
        DeadlineState deadline;
        Long days = facts.deadlineDate() == null ? null : ChronoUnit.DAYS.between(today, facts.deadlineDate());
        if (facts.official() == MeasureStatus.COMPLETED) {
            deadline = DeadlineState.COMPLETED;
        } else if ("ONGOING".equals(facts.deadlineKind())) {
            deadline = DeadlineState.ONGOING;
            days = null;
        } else if (days == null) {
            deadline = DeadlineState.UNKNOWN;
        } else if (days < 0) {
            deadline = DeadlineState.OVERDUE;
        } else if (days <= DUE_SOON_DAYS) {
            deadline = DeadlineState.DUE_SOON;
        } else {
            deadline = DeadlineState.NOT_DUE;
        }

        List<Reason> reasons = new ArrayList<>();
        if (deadline == DeadlineState.OVERDUE) {
            reasons.add(new Reason("overdue", Health.OFF_TRACK, "已超过完成时限 " + -days + " 天仍未完成"));
        }
        if (deadline == DeadlineState.DUE_SOON && facts.official() == MeasureStatus.NOT_STARTED) {
            reasons.add(new Reason("due-soon-not-started", Health.AT_RISK, "距完成时限 " + days + " 天，尚未启动"));
        }
        if (deadline != DeadlineState.COMPLETED && facts.missingReports() > 0) {
            reasons.add(new Reason("missing-reports", facts.missingReports() >= 2 ? Health.OFF_TRACK : Health.AT_RISK,
                    "缺报 " + facts.missingReports() + " 期"));
        }
        if (facts.returnedWaiting() > 0) {
            reasons.add(new Reason("returned-report", Health.AT_RISK, facts.returnedWaiting() + " 份报告被退回，尚未重新报送"));
        }
        if (facts.supportWaitingSince() != null
                && Duration.between(facts.supportWaitingSince(), now).compareTo(SUPPORT_ANSWER_TIME) > 0) {
            reasons.add(new Reason("support-unanswered", Health.AT_RISK, "需协调事项 "
                    + Duration.between(facts.supportWaitingSince(), now).toDays() + " 天未答复"));
        }
        Health health = reasons.stream().map(Reason::health).max(Enum::compareTo).orElse(Health.ON_TRACK);
        return new MeasureAssessment(deadline, days, health, List.copyOf(reasons));
    }
}
