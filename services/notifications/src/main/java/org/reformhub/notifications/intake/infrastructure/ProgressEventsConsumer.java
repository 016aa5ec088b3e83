package org.reformhub.notifications.intake.infrastructure;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import org.reformhub.kernel.consumer.EventHandler;
import org.reformhub.kernel.event.CloudEvent;
import org.reformhub.kernel.event.Topics;
import org.reformhub.notifications.inbox.application.Notify;
import org.reformhub.notifications.reminder.application.TrackForReminders;
import org.reformhub.notifications.rule.domain.EventFacts;
import org.reformhub.notifications.rule.domain.Notice;
import org.reformhub.notifications.rule.domain.NotificationRules;

/** Reads {@code reform.progress}: reports submitted, approved, returned or missing, and overdue measures. */
@ApplicationScoped
public class ProgressEventsConsumer implements EventHandler {

    private static final String PREFIX = "reform.progress.";

    private final Notify notify;
    private final TrackForReminders track;

    public ProgressEventsConsumer(Notify notify, TrackForReminders track) {
        this.notify = notify;
        this.track = track;
    }

    @Override
    public String name() {
        return "notifications.progress-events";
    }

    @Override
    public List<String> topics() {
        return List.of(Topics.PROGRESS);
    }

    @Override
    public void handle(CloudEvent event) {
        JsonNode data = event.data();
        switch (event.type().replace(PREFIX, "")) {
            case "measure.status-changed.v1" -> {
                EventFacts.Measure m = EventReading.overdueMeasure(data);
                track.measureStatus(m.programme(), m.code(), m.title(), data.path("status").asText(),
                        data.path("period").asText(null));
            }
            case "report.due.v1" -> {
                EventFacts.DueReports due = EventReading.dueReports(data);
                track.reportDue(due.programme(), due.period(), due.ongoing(), due.dueDate());
            }
            case "report.submitted.v1" -> {
                EventFacts.Report r = EventReading.report(data.path("report"));
                track.reportSubmitted(r.programme(), r.code(), r.dept(), r.period());
            }
            default -> {
                // the rest tell the read model nothing
            }
        }
        List<Notice> notices = switch (event.type().replace(PREFIX, "")) {
            case "report.submitted.v1" -> NotificationRules.report("submitted", EventReading.report(data.path("report")));
            case "report.approved.v1" -> NotificationRules.report("approved", EventReading.report(data.path("report")));
            case "report.returned.v1" -> NotificationRules.report("returned", EventReading.report(data.path("report")));
            case "report.missing.v1" -> NotificationRules.reportMissing(EventReading.missingReport(data));
            case "measure.overdue.v1" -> NotificationRules.measureOverdue(EventReading.overdueMeasure(data),
                    data.path("daysOverdue").asInt());
            default -> List.of(); // status changes and KPI values tell no one by themselves
        };
        if (!notices.isEmpty()) {
            notify.deliver(notices, event.id(), event.type());
        }
    }
}
