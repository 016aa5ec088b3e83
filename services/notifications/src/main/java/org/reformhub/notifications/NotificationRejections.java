package org.reformhub.notifications;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.reformhub.kernel.problem.Problem;
import org.reformhub.kernel.problem.ProblemType;
import org.reformhub.kernel.problem.rest.RejectionTable;
import org.reformhub.kernel.rule.Rejection;
import org.reformhub.kernel.rule.RejectionProblem;
import org.reformhub.notifications.delivery.domain.DeliveryRejection;
import org.reformhub.notifications.directory.domain.DirectoryRejection;
import org.reformhub.notifications.inbox.domain.InboxRejection;
import org.reformhub.notifications.preference.domain.PreferenceRejection;
import org.reformhub.notifications.supervision.domain.SupervisionRejection;
import org.reformhub.notifications.template.domain.TemplateRejection;

/** The notification service's one table from domain rejections to problem types. */
@ApplicationScoped
public class NotificationRejections implements RejectionTable {

    static final Map<Class<? extends Rejection>, RejectionProblem> TABLE = Map.ofEntries(
            Map.entry(SupervisionRejection.UnknownNotice.class, new RejectionProblem(404, "not-found", "督办单不存在")),
            Map.entry(SupervisionRejection.WrongStatus.class, new RejectionProblem(409, "supervision-status", "督办单当前状态不允许此操作")),
            Map.entry(SupervisionRejection.ReplyDueInPast.class, new RejectionProblem(422, "unprocessable-content", "回复期限不能早于今天")),
            Map.entry(SupervisionRejection.OwnUnitOnly.class, RejectionProblem.of(ProblemType.FORBIDDEN)),
            Map.entry(DeliveryRejection.UnknownDelivery.class, RejectionProblem.of(ProblemType.NOT_FOUND)),
            Map.entry(DeliveryRejection.OnlyFailedRetried.class, RejectionProblem.of(ProblemType.CONFLICT)),
            Map.entry(DirectoryRejection.UnknownDepartment.class, RejectionProblem.of(ProblemType.NOT_FOUND)),
            Map.entry(DirectoryRejection.WebhookUrlRefused.class, RejectionProblem.of(ProblemType.VALIDATION_FAILED)),
            Map.entry(DirectoryRejection.WebhookSecretMissing.class, RejectionProblem.of(ProblemType.VALIDATION_FAILED)),
            Map.entry(InboxRejection.OwnUnitOnly.class, RejectionProblem.of(ProblemType.FORBIDDEN)),
            Map.entry(InboxRejection.UnknownMessage.class, RejectionProblem.of(ProblemType.NOT_FOUND)),
            Map.entry(PreferenceRejection.OwnUnitOnly.class, RejectionProblem.of(ProblemType.FORBIDDEN)),
            Map.entry(TemplateRejection.UnknownTemplate.class, RejectionProblem.of(ProblemType.NOT_FOUND)),
            Map.entry(TemplateRejection.UnknownVersion.class, RejectionProblem.of(ProblemType.NOT_FOUND)),
            Map.entry(TemplateRejection.Unrenderable.class, RejectionProblem.of(ProblemType.VALIDATION_FAILED)),
            Map.entry(TemplateRejection.ConcurrentChange.class, RejectionProblem.of(ProblemType.CONFLICT)));

    @Override
    public Problem problemFor(Rejection rejection) {
        return RejectionProblem.in(TABLE, rejection).problem(rejection);
    }
}
