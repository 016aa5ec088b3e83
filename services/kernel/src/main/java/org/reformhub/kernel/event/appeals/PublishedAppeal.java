package org.reformhub.kernel.event.appeals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import static org.reformhub.kernel.event.read.EventFields.*;

/**
 * A case (诉求) as every step of it is published ({@code reform.appeals.appeal.<step>.v1}, {@code data.appeal}): its
 * full state after the step, without the enterprise's contact details. The case number and status are what every
 * consumer needs; the rest reads as null (false, 0 for flags and counts) when absent.
 */
public record PublishedAppeal(UUID id, String caseNumber, Enterprise enterprise, Matter matter, String district,
                              String channel, String status, Handling handling, Answer answer, Rating rating,
                              int reopenCount, boolean supervised, String duplicateOf, List<String> measures,
                              Instant closedAt, Long version) {

    /** Who filed it: the 统一社会信用代码 and the enterprise's name. */
    public record Enterprise(String uscc, String name) {
    }

    /** What it is about: the category (with its name when the event was published), urgency and title. */
    public record Matter(String category, String categoryName, boolean urgent, String title) {
    }

    /** Who handles it, with how many working days, and when it was filed, accepted, assigned and is due. */
    public record Handling(String leadUnit, List<String> cooperatingUnits, int timeLimitDays, Instant filedAt,
                           LocalDate dueDate, Instant acceptedAt, Instant assignedAt) {
    }

    /** The handling unit's answer: its outcome, a committed date, when and whether on time. */
    public record Answer(String outcome, LocalDate committedDate, Instant answeredAt, Boolean answeredOnTime) {
    }

    /** The satisfaction rating, when and how it was obtained (the enterprise's own, or a 回访). */
    public record Rating(String rating, Instant ratedAt, String source) {

        public boolean given() {
            return rating != null || ratedAt != null;
        }
    }

    static PublishedAppeal read(JsonNode a) {
        require(a, "caseNumber", "status");
        return new PublishedAppeal(optionalUuid(a, "id"), text(a, "caseNumber"),
                new Enterprise(optionalText(a, "uscc"), optionalText(a, "enterpriseName")),
                new Matter(optionalText(a, "category"), optionalText(a, "categoryName"), a.path("urgent").asBoolean(false),
                        optionalText(a, "title")),
                optionalText(a, "district"), optionalText(a, "channel"), text(a, "status"),
                new Handling(optionalText(a, "leadUnit"), texts(a.path("cooperatingUnits")), a.path("timeLimitDays").asInt(),
                        optionalInstant(a, "filedAt"), optionalDate(a, "dueDate"), optionalInstant(a, "acceptedAt"),
                        optionalInstant(a, "assignedAt")),
                new Answer(optionalText(a, "outcome"), optionalDate(a, "committedDate"), optionalInstant(a, "answeredAt"),
                        optionalBoolean(a, "answeredOnTime")),
                new Rating(optionalText(a, "rating"), optionalInstant(a, "ratedAt"), optionalText(a, "ratingSource")),
                a.path("reopenCount").asInt(0), a.path("supervised").asBoolean(false), optionalText(a, "duplicateOf"),
                texts(a.path("measures")), optionalInstant(a, "closedAt"), optionalNumber(a, "version"));
    }
}
