package org.reformhub.appeals.appeal.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

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

/**
 * A case as the API shows it (the history, similar cases and suggested measures where asked). Its parts are small values
 * written flat into the one JSON object clients know ({@code @JsonUnwrapped}: the fields and their order are the
 * API's, docs/api).
 */
public record AppealResponse(UUID id, String caseNumber, @JsonUnwrapped Enterprise enterprise, @JsonUnwrapped Matter matter,
                             @JsonUnwrapped Place place, AppealStatus status, @JsonUnwrapped Handling handling,
                             @JsonUnwrapped Reply reply, @JsonUnwrapped Satisfaction satisfaction, int reopenCount,
                             boolean supervised, @JsonUnwrapped Links links, @Schema(nullable = true) Instant closedAt, List<Step> history,
                             List<AppealRepository.Similar> similar, List<MeasureMatcher.Suggestion> suggestedMeasures,
                             long version) {

    /** Who filed it and how to reach them. */
    public record Enterprise(String uscc, String enterpriseName, String contactPerson, String phone, @Schema(nullable = true) String email) {
    }

    /** What it is about. */
    public record Matter(String category, boolean urgent, String title, String description) {
    }

    /** Where it is handled (the district, or the city) and how it came in. */
    public record Place(String district, String districtName, boolean cityHandles, Channel channel) {
    }

    /** Who handles it, within how many working days, by when. */
    public record Handling(@Schema(nullable = true) String leadUnit, List<String> cooperatingUnits, int timeLimitDays, Instant filedAt,
                           LocalDate dueDate) {
    }

    /** The handling unit's answer. */
    public record Reply(@Schema(nullable = true) Outcome outcome, @Schema(nullable = true) String answer, @Schema(nullable = true) LocalDate committedDate, @Schema(nullable = true) Instant answeredAt,
                         @Schema(nullable = true) Boolean answeredOnTime) {
    }

    /** The rating and how it was obtained (the enterprise's own, or a 回访 by whom). */
    public record Satisfaction(@Schema(nullable = true) Rating rating, @Schema(nullable = true) String ratingComment, @Schema(nullable = true) RatingSource ratingSource,
                               @Schema(nullable = true) FollowUpChannel followUpChannel, @Schema(nullable = true) String followUpBy) {
    }

    /** The case it was merged into, the cases merged into it, and the measures it is tagged with. */
    public record Links(@Schema(nullable = true) String duplicateOf, List<String> duplicates, List<String> measures) {
    }

    static AppealResponse of(Appeal a, boolean withHistory, Map<String, String> districtNames) {
        return of(a, withHistory, null, null, districtNames);
    }

    static AppealResponse of(Appeal a, boolean withHistory, List<AppealRepository.Similar> similar,
                             List<MeasureMatcher.Suggestion> suggestedMeasures, Map<String, String> districtNames) {
        return new AppealResponse(a.id(), a.caseNumber(),
                new Enterprise(a.uscc(), a.enterpriseName(), a.contactPerson(), a.phone(), a.email()),
                new Matter(a.category(), a.urgent(), a.title(), a.description()),
                new Place(a.district(), districtNames.getOrDefault(a.district(), a.district()), a.cityHandles(), a.channel()),
                a.status(), new Handling(a.leadUnit(), a.cooperatingUnits(), a.timeLimitDays(), a.filedAt(), a.dueDate()),
                new Reply(a.outcome(), a.answer(), a.committedDate(), a.answeredAt(), a.answeredOnTime()),
                new Satisfaction(a.rating(), a.ratingComment(), a.ratingSource(), a.followUpChannel(), a.followUpBy()),
                a.reopenCount(), a.supervised(), new Links(a.duplicateOf(), a.duplicates(), a.measures()), a.closedAt(),
                withHistory ? a.history().stream().map(Step::of).toList() : null, similar, suggestedMeasures, a.version());
    }

    /** One step of the case's history. */
    public record Step(String action, String statusAfter, String actor, @Schema(nullable = true) String actorDept, Instant at, @Schema(nullable = true) String note) {
        static Step of(AppealStep s) {
            return new Step(s.action().name(), s.statusAfter().name(), s.actor(), s.actorDept(), s.at(), s.note());
        }
    }
}
