package org.reformhub.registry.tasktable.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.reformhub.registry.measure.domain.Deadline;

/**
 * Reads 完成时限: "2020年12月" (end of that month), "2021年6月底", "2020年底前" (end of year),
 * "2022年12月31日", or ongoing ("持续推进", "长期坚持", "长期"). Dates are Asia/Shanghai calendar dates.
 */
public final class Deadlines {

    private static final Pattern FULL_DATE = Pattern.compile("(\\d{4})\\s*[年.\\-/]\\s*(\\d{1,2})\\s*[月.\\-/]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月");
    private static final Pattern YEAR_END = Pattern.compile("(\\d{4})\\s*年\\s*(底|末|年底|年末)");
    private static final Pattern ONGOING = Pattern.compile("持续推进|长期坚持|长期|持续开展|常态化");

    private Deadlines() {
    }

    public static Optional<Deadline> read(String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = FULL_DATE.matcher(value);
        if (m.find()) {
            return date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        m = MONTH.matcher(value);
        if (m.find()) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                return Optional.empty();
            }
            return Optional.of(Deadline.on(YearMonth.of(Integer.parseInt(m.group(1)), month).atEndOfMonth()));
        }
        m = YEAR_END.matcher(value);
        if (m.find()) {
            return Optional.of(Deadline.on(LocalDate.of(Integer.parseInt(m.group(1)), 12, 31)));
        }
        if (ONGOING.matcher(value).find()) {
            return Optional.of(Deadline.ongoing());
        }
        return Optional.empty();
    }

    private static Optional<Deadline> date(int year, int month, int day) {
        try {
            return Optional.of(Deadline.on(LocalDate.of(year, month, day)));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
