package org.reformhub.notifications.rule.infrastructure;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.reformhub.kernel.consumer.EventHandler;
import org.reformhub.kernel.event.CloudEvent;
import org.reformhub.kernel.event.Topics;
import org.reformhub.notifications.inbox.application.Notify;
import org.reformhub.notifications.rule.domain.Notice;
import org.reformhub.notifications.rule.domain.NotificationRules;

/** Reads {@code reform.appeals}: every step of a case, and the reports sent to the city government. */
@ApplicationScoped
public class AppealEventsConsumer implements EventHandler {

    private static final String APPEAL_STEP = "reform.appeals.appeal.";
    private static final String REPORT_PUBLISHED = "reform.appeals.report.published.v1";

    private final Notify notify;

    public AppealEventsConsumer(Notify notify) {
        this.notify = notify;
    }

    @Override
    public String name() {
        return "notifications.appeals-events";
    }

    @Override
    public List<String> topics() {
        return List.of(Topics.APPEALS);
    }

    @Override
    public void handle(CloudEvent event) {
        List<Notice> notices = event.type().startsWith(APPEAL_STEP) && event.type().endsWith(".v1")
                ? NotificationRules.appeal(EventReading.appeal(event.data()))
                : REPORT_PUBLISHED.equals(event.type())
                ? NotificationRules.cityReportPublished(EventReading.cityReport(event.data().path("report")))
                : List.of();
        if (!notices.isEmpty()) {
            notify.deliver(notices, event.id(), event.type());
        }
    }
}
