package org.reformhub.console.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.reformhub.console.backend.AppealReferenceApi;

/** The holiday notice typed one day per line: read back into days, each bad line named by its number. */
class CalendarLinesTest {

    @Test
    void days_off_and_adjusted_working_days_are_read_and_written_back_the_same() {
        String text = "2027-10-01 休 国庆节\n\n2027-09-26 班 国庆节\n2027-01-01 OFF 元旦";
        CalendarLines read = CalendarLines.parse(2027, text);
        assertEquals(List.of(), read.problems());
        assertEquals(List.of(new AppealReferenceApi.Day(LocalDate.of(2027, 10, 1), "OFF", "国庆节"),
                new AppealReferenceApi.Day(LocalDate.of(2027, 9, 26), "WORK", "国庆节"),
                new AppealReferenceApi.Day(LocalDate.of(2027, 1, 1), "OFF", "元旦")), read.days());
        assertEquals("2027-10-01 休 国庆节\n2027-09-26 班 国庆节\n2027-01-01 休 元旦", CalendarLines.text(read.days()));
    }

    @Test
    void each_bad_line_is_named_by_its_number() {
        CalendarLines read = CalendarLines.parse(2027, "2027-13-01 休 国庆节\n2026-10-01 休 国庆节\n2027-10-02 放 国庆节\n2027-10-03 休");
        assertEquals(4, read.problems().size());
        assertEquals(true, read.problems().get(0).startsWith("第 1 行"));
        assertEquals(true, read.problems().get(1).contains("不在 2027 年"));
        assertEquals(List.of(), read.days());
    }
}
