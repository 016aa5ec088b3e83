package org.reformhub.appeals.appeal.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.reformhub.kernel.event.OutgoingEvent;
import org.reformhub.appeals.appeal.domain.Appeal;
import org.reformhub.appeals.appeal.domain.AppealStep;

/**
 * The published contract of appeal events on {@code reform.appeals} (docs/events/schemas): the case's full
 * state after the step, without the enterprise's contact details (person, phone, e-mail). Key: the case number.
 */
public final class AppealContract {

    private static final String PREFIX = "reform.appeals.appeal.";

    /**
     * The case as published; its parts are small values written flat into {@code data.appeal} ({@code @JsonUnwrapped}:
     * the fields and their order are the schema's).
     */
    public record AppealV1(UUID id, String caseNumber, @JsonUnwrapped EnterpriseV1 enterprise,
                           @JsonUnwrapped MatterV1 matter, String district, String channel, String status,
                           @JsonUnwrapped HandlingV1 handling, @JsonUnwrapped AnswerV1 reply, String rating,
                           Instant ratedAt, int reopenCount, boolean supervised, @JsonUnwrapped LinksV1 links,
                           Instant closedAt, long version, boolean cityHandles, String ratingSource) {
    }

    public record EnterpriseV1(String uscc, String enterpriseName) {
    }

    public record MatterV1(String category, String categoryName, boolean urgent, String title) {
    }

    public record HandlingV1(String leadUnit, List<String> cooperatingUnits, int timeLimitDays, Instant filedAt,
                             LocalDate dueDate, Instant acceptedAt, Instant assignedAt) {
    }

    public record AnswerV1(String outcome, LocalDate committedDate, Instant answeredAt, Boolean answeredOnTime) {
    }

    public record LinksV1(String duplicateOf, List<String> duplicates, List<String> measures) {
    }

    public record Body(AppealV1 appeal, String action, String actor, String note) {
    }

    private AppealContract() {
    }

    /**
     * {@code reform.appeals.appeal.<action>.v1} for the step just taken (filed, accepted, … closed), with the
     * category's name as the catalogue has it now.
     */
    public static OutgoingEvent of(Appeal appeal, AppealStep step, String categoryName) {
        String action = step.action().name().toLowerCase().replace('_', '-');
        return new OutgoingEvent(PREFIX + action + ".v1", appeal.caseNumber(),
                new Body(appeal(appeal, categoryName), step.action().name(), step.actor(), step.note()));
    }

    public static String type(AppealStep.Action action) {
        return PREFIX + action.name().toLowerCase().replace('_', '-') + ".v1";
    }

    static AppealV1 appeal(Appeal a, String categoryName) {
        return new AppealV1(a.id(), a.caseNumber(), new EnterpriseV1(a.uscc(), a.enterpriseName()),
                new MatterV1(a.category(), categoryName, a.urgent(), a.title()), a.district(), a.channel().name(),
                a.status().name(),
                new HandlingV1(a.leadUnit(), a.cooperatingUnits(), a.timeLimitDays(), a.filedAt(), a.dueDate(),
                        a.acceptedAt(), a.assignedAt()),
                new AnswerV1(a.outcome() == null ? null : a.outcome().name(), a.committedDate(), a.answeredAt(),
                        a.answeredOnTime()),
                a.rating() == null ? null : a.rating().name(), a.ratedAt(), a.reopenCount(), a.supervised(),
                new LinksV1(a.duplicateOf(), a.duplicates(), a.measures()), a.closedAt(), a.version(), a.cityHandles(),
                a.ratingSource() == null ? null : a.ratingSource().name());
    }
}
