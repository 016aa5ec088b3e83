package org.reformhub.notifications;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.reformhub.kernel.problem.Problem;
import org.reformhub.kernel.problem.RejectionTable;
import org.reformhub.kernel.rule.Rejection;
import org.reformhub.kernel.rule.RejectionProblem;
import org.reformhub.notifications.supervision.domain.SupervisionRejection;

/** The notification service's one table from domain rejections to problem types. */
@ApplicationScoped
public class NotificationRejections implements RejectionTable {

    static final Map<Class<? extends Rejection>, RejectionProblem> TABLE = Map.of(
            SupervisionRejection.UnknownNotice.class, new RejectionProblem(404, "not-found", "督办单不存在"),
            SupervisionRejection.WrongStatus.class, new RejectionProblem(409, "supervision-status", "督办单当前状态不允许此操作"),
            SupervisionRejection.ReplyDueInPast.class, new RejectionProblem(422, "unprocessable-content", "回复期限不能早于今天"));

    @Override
    public Problem problemFor(Rejection rejection) {
        return RejectionProblem.in(TABLE, rejection).problem(rejection);
    }
}
