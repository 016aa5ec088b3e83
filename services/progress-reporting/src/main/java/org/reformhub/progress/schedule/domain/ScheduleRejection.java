package org.reformhub.progress.schedule.domain;

import java.util.List;

import org.reformhub.kernel.rule.Rejection;

import static org.reformhub.progress.ProgressTexts.text;

/** Why new reporting settings of a programme were refused; the settings in force stay as they were. */
public sealed interface ScheduleRejection extends Rejection {

    @Override
    default List<FieldMistake> fields() {
        return List.of(new FieldMistake("schedule", detail()));
    }

    /** Reports fall due on a day of the month, 1 to 31. */
    record DueDayOutOfRange() implements ScheduleRejection {
        public String detail() {
            return text("schedule.due-day");
        }
    }

    record FirstMonthOutOfRange() implements ScheduleRejection {
        public String detail() {
            return text("schedule.first-month");
        }
    }
}
