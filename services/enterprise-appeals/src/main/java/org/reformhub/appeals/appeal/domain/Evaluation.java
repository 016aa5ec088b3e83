package org.reformhub.appeals.appeal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import static org.reformhub.appeals.AppealTexts.text;

/**
 * 满意度评价: the enterprise rates the answer, or the office records the rating from a follow-up call (回访).
 * Satisfied closes the case; 不满意 / 非常不满意 reopens it for rectification. The enterprise's own word stands.
 */
public final class Evaluation {

    /** A dissatisfied rating reopens the case for rectification within this many working days. */
    public static final int RECTIFICATION_DAYS = 15;

    private final Appeal appeal;

    Evaluation(Appeal appeal) {
        this.appeal = appeal;
    }

    /** The enterprise rates the answer; a dissatisfied rating makes the case due {@code rectificationDue}. */
    public Optional<AppealRejection> rate(AppealActor enterprise, Rating rating, String comment, LocalDate rectificationDue,
                                          Instant now) {
        if (enterprise.uscc() == null || !enterprise.uscc().equals(appeal.uscc)) {
            return Optional.of(new AppealRejection.NotAllowed(text("appeal.only-filer-rates")));
        }
        // the enterprise's own word stands over the office's follow-up on the same answer
        boolean overFollowUp = appeal.status == AppealStatus.CLOSED && answerRated()
                && appeal.ratingSource == RatingSource.FOLLOW_UP;
        Optional<AppealRejection> refused = overFollowUp ? Optional.empty() : appeal.statusIn("rate", AppealStatus.ANSWERED);
        if (refused.isPresent()) {
            return refused;
        }
        record(rating, comment, RatingSource.ENTERPRISE, null, null, enterprise, now, rating.label());
        settle(rating, enterprise, rectificationDue, now);
        return Optional.empty();
    }

    /**
     * 回访: the office records the enterprise's rating from a call, with the same consequences as the enterprise's
     * own. An answer the enterprise rated itself keeps that rating; an answer closed unrated can still be followed up.
     */
    public Optional<AppealRejection> followUp(AppealActor staff, Rating rating, FollowUpChannel channel, String comment,
                                              String calledBy, LocalDate rectificationDue, Instant now) {
        Optional<AppealRejection> refused = appeal.access().officeInCharge(staff, "appeal.only-office-follows-up");
        if (refused.isPresent()) {
            return refused;
        }
        if (answerRated()) {
            return Optional.of(new AppealRejection.AlreadyRated(appeal.caseNumber, appeal.ratingSource));
        }
        boolean closedUnrated = appeal.status == AppealStatus.CLOSED && appeal.answeredAt != null;
        if (appeal.status != AppealStatus.ANSWERED && !closedUnrated) {
            return Optional.of(new AppealRejection.WrongStatus(appeal.status, "follow-up-rating"));
        }
        record(rating, comment, RatingSource.FOLLOW_UP, channel, calledBy, staff, now,
                channel.label() + "（" + calledBy + "）：" + rating.label());
        settle(rating, staff, rectificationDue, now);
        return Optional.empty();
    }

    /** Whether the current answer has a rating (a reopened case's new answer is rated afresh). */
    private boolean answerRated() {
        return appeal.ratedAt != null && appeal.answeredAt != null && !appeal.ratedAt.isBefore(appeal.answeredAt);
    }

    private void record(Rating rating, String comment, RatingSource source, FollowUpChannel channel, String calledBy,
                        AppealActor by, Instant now, String note) {
        appeal.rating = rating;
        appeal.ratingComment = comment;
        appeal.ratedAt = now;
        appeal.ratingSource = source;
        appeal.followUpChannel = channel;
        appeal.followUpBy = calledBy;
        appeal.step(appeal.status, AppealStep.Action.RATED, by, now, note);
    }

    /** Satisfied closes the case (if it is not closed already); dissatisfied reopens it for rectification. */
    private void settle(Rating rating, AppealActor by, LocalDate rectificationDue, Instant now) {
        if (rating.reopens()) {
            appeal.reopenCount++;
            appeal.dueDate = rectificationDue;
            appeal.closedAt = null;
            appeal.step(AppealStatus.REOPENED, AppealStep.Action.REOPENED, by, now, "整改时限 " + rectificationDue);
        } else if (appeal.status != AppealStatus.CLOSED) {
            appeal.closedAt = now;
            appeal.step(AppealStatus.CLOSED, AppealStep.Action.CLOSED, by, now, null);
        }
    }
}
