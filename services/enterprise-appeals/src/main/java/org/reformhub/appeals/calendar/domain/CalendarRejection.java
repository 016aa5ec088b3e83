package org.reformhub.appeals.calendar.domain;

import java.time.LocalDate;
import java.util.List;

import org.reformhub.kernel.rule.Rejection;

import static org.reformhub.appeals.AppealTexts.text;

/** Why a year's holiday notice was refused: the list must be the notice of that year, each day once. */
public sealed interface CalendarRejection extends Rejection {

    record DayOutsideYear(LocalDate day, int year) implements CalendarRejection {
        public String detail() {
            return text("calendar.day-in-year", year);
        }

        @Override
        public List<FieldMistake> fields() {
            return List.of(new FieldMistake("days", text("calendar.day-not-in-year", day, year)));
        }
    }

    record DayListedTwice() implements CalendarRejection {
        public String detail() {
            return text("calendar.day-twice");
        }

        @Override
        public List<FieldMistake> fields() {
            return List.of(new FieldMistake("days", text("calendar.day-twice-field")));
        }
    }
}
