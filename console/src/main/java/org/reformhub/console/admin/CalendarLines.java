package org.reformhub.console.admin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.reformhub.console.backend.AppealReferenceApi;

/**
 * A year's holiday notice as the administrator types it, one day per line: {@code 2027-02-07 班 春节} (休 for a day
 * off, 班 for an adjusted working day). Read into days, or into the problems of the lines that are not.
 */
public record CalendarLines(List<AppealReferenceApi.Day> days, List<String> problems) {

    public static CalendarLines parse(int year, String text) {
        List<AppealReferenceApi.Day> days = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String[] lines = (text == null ? "" : text).split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\\s+", 3);
            LocalDate day;
            try {
                day = LocalDate.parse(parts[0]);
            } catch (DateTimeParseException e) {
                problems.add("第 " + (i + 1) + " 行：日期请写成 年-月-日，如 " + year + "-01-01");
                continue;
            }
            String kind = parts.length < 2 ? null : switch (parts[1]) {
                case "休", "OFF" -> "OFF";
                case "班", "WORK" -> "WORK";
                default -> null;
            };
            if (day.getYear() != year) {
                problems.add("第 " + (i + 1) + " 行：日期不在 " + year + " 年");
            } else if (kind == null || parts.length < 3) {
                problems.add("第 " + (i + 1) + " 行：请写成“日期 休/班 节日名称”");
            } else {
                days.add(new AppealReferenceApi.Day(day, kind, parts[2].strip()));
            }
        }
        return new CalendarLines(days, problems);
    }

    /** The days as lines again, for the form. */
    public static String text(List<AppealReferenceApi.Day> days) {
        return days.stream().map(d -> d.day() + " " + ("OFF".equals(d.kind()) ? "休" : "班") + " " + d.holiday())
                .collect(Collectors.joining("\n"));
    }
}
