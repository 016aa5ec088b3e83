package org.reformhub.notifications.intake.infrastructure;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.reformhub.kernel.consumer.EventHandler;
import org.reformhub.kernel.consumer.EventHandler.Subscription;
import org.reformhub.kernel.event.CloudEvent;
import org.reformhub.kernel.event.Topics;
import org.reformhub.kernel.event.progress.PublishedDueReports;
import org.reformhub.kernel.event.progress.PublishedMissingReport;
import org.reformhub.kernel.event.progress.PublishedOverdueMeasure;
import org.reformhub.kernel.event.progress.PublishedReport;
import org.reformhub.kernel.event.progress.PublishedStatusChange;
import org.reformhub.notifications.inbox.application.Notify;
import org.reformhub.notifications.reminder.application.TrackForReminders;
import org.reformhub.notifications.rule.domain.EventFacts;
import org.reformhub.notifications.rule.domain.Notice;
import org.reformhub.notifications.rule.domain.NotificationRules;

/** Reads {@code reform.progress}: reports submitted, approved, returned or missing, and overdue measures. */
@ApplicationScoped
public class ProgressEventsConsumer implements EventHandler {

    private static final String PREFIX = "reform.progress.report.";
    private static final String SUBMITTED = PREFIX + "submitted.v1";
    private static final String APPROVED = PREFIX + "approved.v1";
    private static final String RETURNED = PREFIX + "returned.v1";

    private final Notify notify;
    private final TrackForReminders track;

    public ProgressEventsConsumer(Notify notify, TrackForReminders track) {
        this.notify = notify;
        this.track = track;
    }

    @Override
    public Subscription subscription() {
        return Subscription.of("notifications.progress-events", Topics.PROGRESS);
    }

    @Override
    public void handle(CloudEvent event) {
        List<Notice> notices = switch (event.type()) {
            case PublishedStatusChange.TYPE -> {
                PublishedStatusChange change = PublishedStatusChange.of(event);
                EventFacts.Measure m = EventReading.measure(change.measure(), "");
                track.measureStatus(m.programme(), m.code(), m.title(), change.status(), change.period());
                yield List.of(); // a status change tells no one by itself
            }
            case PublishedDueReports.TYPE -> {
                EventFacts.DueReports due = EventReading.dueReports(PublishedDueReports.of(event));
                track.reportDue(due.programme(), due.period(), due.ongoing(), due.dueDate());
                yield List.of();
            }
            case SUBMITTED, APPROVED, RETURNED -> {
                EventFacts.Report r = EventReading.report(PublishedReport.of(event));
                if (event.type().equals(SUBMITTED)) {
                    track.reportSubmitted(r.programme(), r.code(), r.dept(), r.period());
                }
                yield NotificationRules.report(event.type().replace(PREFIX, "").replace(".v1", ""), r);
            }
            case PublishedMissingReport.TYPE ->
                    NotificationRules.reportMissing(EventReading.missingReport(PublishedMissingReport.of(event)));
            case PublishedOverdueMeasure.TYPE -> {
                PublishedOverdueMeasure overdue = PublishedOverdueMeasure.of(event);
                yield NotificationRules.measureOverdue(EventReading.measure(overdue.measure(), overdue.deadline()),
                        overdue.daysOverdue());
            }
            default -> List.of(); // KPI values tell no one by themselves
        };
        if (!notices.isEmpty()) {
            notify.deliver(notices, event.id(), event.type());
        }
    }
}
