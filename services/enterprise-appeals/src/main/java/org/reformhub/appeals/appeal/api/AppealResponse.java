package org.reformhub.appeals.appeal.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.reformhub.appeals.appeal.domain.Appeal;
import org.reformhub.appeals.appeal.domain.AppealStatus;
import org.reformhub.appeals.appeal.domain.AppealStep;
import org.reformhub.appeals.appeal.domain.Channel;
import org.reformhub.appeals.appeal.domain.FollowUpChannel;
import org.reformhub.appeals.appeal.domain.Outcome;
import org.reformhub.appeals.appeal.domain.Rating;
import org.reformhub.appeals.appeal.domain.RatingSource;
import org.reformhub.appeals.appeal.infrastructure.AppealRepository;
import org.reformhub.appeals.measure.domain.MeasureMatcher;

/** A case as the API shows it (the history, similar cases and suggested measures where asked). */
public record AppealResponse(UUID id, String caseNumber, String uscc, String enterpriseName, String contactPerson,
                             String phone, String email, String category, boolean urgent, String title,
                             String description, String district, String districtName, boolean cityHandles,
                             Channel channel, AppealStatus status,
                             String leadUnit, List<String> cooperatingUnits, int timeLimitDays, Instant filedAt,
                             LocalDate dueDate, Outcome outcome, String answer, LocalDate committedDate,
                             Instant answeredAt, Boolean answeredOnTime, Rating rating, String ratingComment,
                             RatingSource ratingSource, FollowUpChannel followUpChannel, String followUpBy,
                             int reopenCount, boolean supervised, String duplicateOf, List<String> duplicates,
                             List<String> measures, Instant closedAt, List<Step> history,
                             List<AppealRepository.Similar> similar, List<MeasureMatcher.Suggestion> suggestedMeasures,
                             long version) {
    static AppealResponse of(Appeal a, boolean withHistory, Map<String, String> districtNames) {
        return of(a, withHistory, null, null, districtNames);
    }

    static AppealResponse of(Appeal a, boolean withHistory, List<AppealRepository.Similar> similar,
                             List<MeasureMatcher.Suggestion> suggestedMeasures, Map<String, String> districtNames) {
        return new AppealResponse(a.id(), a.caseNumber(), a.uscc(), a.enterpriseName(), a.contactPerson(), a.phone(),
                a.email(), a.category(), a.urgent(), a.title(), a.description(), a.district(),
                districtNames.getOrDefault(a.district(), a.district()), a.cityHandles(), a.channel(), a.status(),
                a.leadUnit(), a.cooperatingUnits(), a.timeLimitDays(), a.filedAt(), a.dueDate(), a.outcome(), a.answer(),
                a.committedDate(), a.answeredAt(), a.answeredOnTime(), a.rating(), a.ratingComment(), a.ratingSource(),
                a.followUpChannel(), a.followUpBy(), a.reopenCount(),
                a.supervised(), a.duplicateOf(), a.duplicates(), a.measures(), a.closedAt(),
                withHistory ? a.history().stream().map(Step::of).toList() : null, similar, suggestedMeasures, a.version());
    }

    /** One step of the case's history. */
    public record Step(String action, String statusAfter, String actor, String actorDept, Instant at, String note) {
        static Step of(AppealStep s) {
            return new Step(s.action().name(), s.statusAfter().name(), s.actor(), s.actorDept(), s.at(), s.note());
        }
    }
}
