package org.reformhub.warehouse.load.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.reformhub.kernel.event.CloudEvent;

import static org.reformhub.warehouse.load.domain.JsonFields.*;

/** The rows of the appeal channel's events: the case as it stands, its ratings, the working calendar. */
final class AppealRows {

    private AppealRows() {
    }

    static void appeal(CloudEvent event, List<StarRow> rows) {
        JsonNode a = object(event.data(), "appeal");
        String caseNumber = text(a, "caseNumber");
        String category = text(a, "category");
        String leadUnit = optionalText(a, "leadUnit");
        List<String> cooperating = texts(a.path("cooperatingUnits"));
        String rating = optionalText(a, "rating");
        Instant filedAt = instant(a, "filedAt");
        rows.add(new StarRow.Appeal(caseNumber, uuid(a, "id"), category, leadUnit, cooperating, text(a, "district"),
                text(a, "channel"), a.path("urgent").asBoolean(false), a.path("supervised").asBoolean(false),
                text(a, "status"), a.path("timeLimitDays").asInt(), date(a, "dueDate"), filedAt,
                optionalInstant(a, "acceptedAt"), optionalInstant(a, "assignedAt"), optionalInstant(a, "answeredAt"),
                optionalBoolean(a, "answeredOnTime"), optionalText(a, "outcome"), optionalDate(a, "committedDate"), rating,
                optionalInstant(a, "ratedAt"), optionalInstant(a, "closedAt"), a.path("reopenCount").asInt(0),
                optionalText(a, "duplicateOf"), texts(a.path("measures")), number(a, "version")));
        rows.add(new StarRow.Category(category, optionalText(a, "categoryName"), eventTime(event)));
        if (leadUnit != null) {
            rows.add(StarRow.Department.mentioned(leadUnit, eventTime(event)));
        }
        cooperating.forEach(unit -> rows.add(StarRow.Department.mentioned(unit, eventTime(event))));
        if (event.type().equals("reform.appeals.appeal.rated.v1")) {
            Integer score = EventRows.RATING_SCORES.get(rating);
            if (score == null) {
                throw new UnreadableEvent("a rated appeal without a known rating: " + rating);
            }
            rows.add(new StarRow.Rating(event.id(), caseNumber, leadUnit, category, rating, score, score >= 3,
                    instant(a, "ratedAt"), filedAt));
        }
    }

    static void calendarYear(CloudEvent event, List<StarRow> rows) {
        JsonNode data = event.data();
        List<StarRow.CalendarDay> days = new ArrayList<>();
        for (JsonNode day : data.path("days")) {
            String kind = text(day, "kind");
            if (!kind.equals("OFF") && !kind.equals("WORK")) {
                throw new UnreadableEvent("a calendar day is OFF or WORK, not " + kind);
            }
            days.add(new StarRow.CalendarDay(date(day, "day"), kind.equals("OFF"), optionalText(day, "holiday")));
        }
        rows.add(new StarRow.CalendarYear((int) number(data, "year"), instant(data, "setAt"), days));
    }
}
