package org.reformhub.notifications.reminder.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.reformhub.notifications.reminder.infrastructure.ReadModelRepository;
import org.reformhub.notifications.rule.domain.EventFacts;
import org.reformhub.notifications.rule.domain.NotificationRules;
import org.reformhub.notifications.rule.domain.Recipient;

/** Keeps the reminders' read model up to date from the events the consumers read (in their transactions). */
@ApplicationScoped
public class TrackForReminders {

    private final ReadModelRepository readModel;

    public TrackForReminders(ReadModelRepository readModel) {
        this.readModel = readModel;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void measure(String programme, String code, String title, List<String> leadUnits, List<String> responsibleUnits,
                        boolean ongoing, LocalDate deadline, long version, boolean archived) {
        readModel.measure(programme, code, title, leadUnits, responsibleUnits, ongoing, deadline, version, archived, Instant.now());
    }

    /** Progress reporting announced that a period's reports fall due. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reportDue(String programme, String period, boolean ongoing, LocalDate due) {
        readModel.reportDue(programme, period, ongoing, due);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void reportSubmitted(String programme, String code, String dept, String period) {
        readModel.submitted(programme, code, dept, period);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void measureStatus(String programme, String code, String title, String status, String period) {
        readModel.measureStatus(programme, code, title, status, period, Instant.now());
    }

    /** A session's invitations (the newest replaces the earlier): whom to remind the day before. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void session(EventFacts.SessionInvitation s) {
        List<String> recipients = s.invitees().stream()
                .flatMap(i -> NotificationRules.recipientsOf(i).stream())
                .map(Recipient::key).distinct().toList();
        readModel.session(java.util.UUID.fromString(s.id()), LocalDate.parse(s.heldOn()), s.place(), s.levelName(), s.title(),
                recipients, s.invitedAt() == null ? Instant.now() : s.invitedAt(), Instant.now());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void appeal(String caseNumber, String uscc, String title, String leadUnit, String status, LocalDate dueDate,
                       Instant answeredAt, boolean rated, long version) {
        readModel.appeal(caseNumber, uscc, title, leadUnit, status, dueDate, answeredAt, rated, version, Instant.now());
    }
}
