package org.reformhub.kernel.event.appeals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.reformhub.kernel.event.CloudEvent;
import org.reformhub.kernel.event.InvalidEventException;

import static org.reformhub.kernel.event.read.EventFields.*;

/**
 * A year of the working calendar set ({@code reform.appeals.calendar.year-set.v1}): the days that differ from the
 * plain week (a holiday off, a weekend worked), each with its holiday's name. Every field is needed.
 */
public record PublishedCalendarYear(int year, List<Day> days, Instant setAt) {

    public static final String TYPE = "reform.appeals.calendar.year-set.v1";

    public record Day(LocalDate day, boolean off, String holiday) {
    }

    public static PublishedCalendarYear of(CloudEvent event) {
        JsonNode data = event.data();
        List<Day> days = new ArrayList<>();
        for (JsonNode day : data.path("days")) {
            String kind = text(day, "kind");
            if (!kind.equals("OFF") && !kind.equals("WORK")) {
                throw new InvalidEventException("a calendar day is OFF or WORK, not " + kind);
            }
            days.add(new Day(required(optionalDate(day, "day"), "day"), kind.equals("OFF"), optionalText(day, "holiday")));
        }
        return new PublishedCalendarYear(required(optionalNumber(data, "year"), "year").intValue(), List.copyOf(days),
                required(optionalInstant(data, "setAt"), "setAt"));
    }
}
