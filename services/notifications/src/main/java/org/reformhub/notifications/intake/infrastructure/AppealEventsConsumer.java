package org.reformhub.notifications.intake.infrastructure;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.reformhub.kernel.consumer.EventHandler;
import org.reformhub.kernel.consumer.EventHandler.Subscription;
import org.reformhub.kernel.event.CloudEvent;
import org.reformhub.kernel.event.Topics;
import org.reformhub.kernel.event.appeals.AppealStepEvent;
import org.reformhub.kernel.event.appeals.PublishedAppeal;
import org.reformhub.kernel.event.appeals.PublishedAppealContact;
import org.reformhub.kernel.event.appeals.PublishedCityReport;
import org.reformhub.kernel.event.appeals.PublishedSessionInvitation;

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
    public Subscription subscription() {
        return Subscription.of("notifications.appeals-events", Topics.APPEALS);
    }

    @Override
    public void handle(CloudEvent event) {
        if (PublishedAppealContact.TYPE.equals(event.type())) {
            // the same key as the case's steps and published before its filing: here before the first notice needs it
            PublishedAppealContact c = PublishedAppealContact.of(event);
            contacts.recorded(c.caseNumber(), c.uscc(), c.enterpriseName(), c.contactPerson(), c.phone(), c.email(),
                    Optional.ofNullable(c.recordedAt()).orElse(event.time()));
            return;
        }
        if (PublishedSessionInvitation.TYPE.equals(event.type())) {
            EventFacts.SessionInvitation invitation = EventReading.sessionInvitation(PublishedSessionInvitation.of(event));
            track.session(invitation);
            notify.deliver(NotificationRules.sessionInvited(invitation), event.id(), event.type());
            return;
        }
        List<Notice> notices = List.of();
        if (AppealStepEvent.carriedBy(event)) {
            AppealStepEvent step = AppealStepEvent.of(event);
            PublishedAppeal a = step.appeal();
            track.appeal(a.caseNumber(), Objects.requireNonNullElse(a.enterprise().uscc(), ""),
                    Objects.requireNonNullElse(a.matter().title(), ""), a.handling().leadUnit(), a.status(),
                    a.handling().dueDate(), a.answer().answeredAt(), a.rating().given(),
                    Objects.requireNonNullElse(a.version(), 0L));
            notices = NotificationRules.appeal(withUnitName(EventReading.appeal(step)));
        } else if (PublishedCityReport.TYPE.equals(event.type())) {
            notices = NotificationRules.cityReportPublished(EventReading.cityReport(PublishedCityReport.of(event)));
        }
        if (!notices.isEmpty()) {
            notify.deliver(notices, event.id(), event.type());
        }
    }
}
