package org.reformhub.notifications.intake.infrastructure;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.reformhub.kernel.consumer.EventHandler;
import org.reformhub.kernel.event.CloudEvent;
import org.reformhub.kernel.event.Topics;
import com.fasterxml.jackson.databind.JsonNode;

import org.reformhub.notifications.contact.application.EnterpriseContacts;
import org.reformhub.notifications.directory.application.Directory;
import org.reformhub.notifications.directory.domain.DepartmentContact;
import org.reformhub.notifications.inbox.application.Notify;
import org.reformhub.notifications.reminder.application.TrackForReminders;
import org.reformhub.notifications.rule.domain.EventFacts;
import org.reformhub.notifications.rule.domain.Notice;
import org.reformhub.notifications.rule.domain.NotificationRules;

/** Reads {@code reform.appeals}: every step of a case, the contact its enterprise gave, sessions' invitations, and the reports sent to the city government. */
@ApplicationScoped
public class AppealEventsConsumer implements EventHandler {

    private static final String APPEAL_STEP = "reform.appeals.appeal.";
    private static final String REPORT_PUBLISHED = "reform.appeals.report.published.v1";
    private static final String SESSION_INVITED = "reform.appeals.session.invited.v1";
    private static final String CONTACT_RECORDED = "reform.appeals.appeal-contact.recorded.v1";

    private final Notify notify;
    private final TrackForReminders track;
    private final EnterpriseContacts contacts;
    private final Directory directory;

    public AppealEventsConsumer(Notify notify, TrackForReminders track, EnterpriseContacts contacts, Directory directory) {
        this.notify = notify;
        this.track = track;
        this.contacts = contacts;
        this.directory = directory;
    }

    /** The lead unit as people read it (市自然资源局, not zrzy), when the catalogue knows it. */
    private EventFacts.Appeal withUnitName(EventFacts.Appeal appeal) {
        return appeal.leadUnit() == null ? appeal
                : appeal.withLeadUnitName(directory.find(appeal.leadUnit()).map(DepartmentContact::name).orElse(null));
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
        if (CONTACT_RECORDED.equals(event.type())) {
            // the same key as the case's steps and published before its filing: here before the first notice needs it
            JsonNode c = event.data().path("contact");
            if (c.hasNonNull("caseNumber")) {
                contacts.recorded(c.path("caseNumber").asText(), c.path("uscc").asText(""), c.path("enterpriseName").asText(""),
                        c.path("contactPerson").asText(""), c.path("phone").asText(""), c.path("email").asText(null),
                        java.util.Optional.ofNullable(EventReading.instant(c.path("recordedAt"))).orElse(event.time()));
            }
            return;
        }
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
                ? NotificationRules.appeal(withUnitName(EventReading.appeal(event.data())))
                : REPORT_PUBLISHED.equals(event.type())
                ? NotificationRules.cityReportPublished(EventReading.cityReport(event.data().path("report")))
                : List.of();
        if (!notices.isEmpty()) {
            notify.deliver(notices, event.id(), event.type());
        }
    }
}
