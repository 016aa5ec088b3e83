package org.reformhub.notifications.rule.infrastructure;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.reformhub.kernel.consumer.EventHandler;
import org.reformhub.kernel.event.CloudEvent;
import org.reformhub.kernel.event.Topics;
import com.fasterxml.jackson.databind.JsonNode;

import org.reformhub.notifications.inbox.application.Notify;
import org.reformhub.notifications.reminder.application.TrackForReminders;
import org.reformhub.notifications.rule.domain.EventFacts;
import org.reformhub.notifications.rule.domain.Notice;
import org.reformhub.notifications.rule.domain.NotificationRules;

/** Reads {@code reform.appeals}: every step of a case, and the reports sent to the city government. */
@ApplicationScoped
public class AppealEventsConsumer implements EventHandler {

    private static final String APPEAL_STEP = "reform.appeals.appeal.";
    private static final String REPORT_PUBLISHED = "reform.appeals.report.published.v1";
    private static final String SESSION_INVITED = "reform.appeals.session.invited.v1";

    private final Notify notify;
    private final TrackForReminders track;

    public AppealEventsConsumer(Notify notify, TrackForReminders track) {
        this.notify = notify;
        this.track = track;
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
        if (event.type().startsWith(APPEAL_STEP)) {
            JsonNode a = event.data().path("appeal");
            if (a.hasNonNull("caseNumber") && a.hasNonNull("status")) {
                track.appeal(a.path("caseNumber").asText(), a.path("uscc").asText(""), a.path("title").asText(""),
                        a.path("leadUnit").asText(null), a.path("status").asText(), EventReading.date(a.path("dueDate")),
                        EventReading.instant(a.path("answeredAt")), a.hasNonNull("ratedAt") || a.hasNonNull("rating"),
                        a.path("version").asLong());
            }
        }
        if (SESSION_INVITED.equals(event.type())) {
            EventFacts.SessionInvitation invitation = EventReading.sessionInvitation(event.data().path("session"));
            track.session(invitation);
            notify.deliver(NotificationRules.sessionInvited(invitation), event.id(), event.type());
            return;
        }
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
