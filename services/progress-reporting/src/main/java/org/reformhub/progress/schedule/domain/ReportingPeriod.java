package org.reformhub.progress.schedule.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period (报告期): a month ({@code 2026-11}) or a quarter ({@code 2026-Q4}). A period's report is
 * due on the schedule's due day of its last month (by default the 25th: 每月25日前报送当月进展).
 */
public record ReportingPeriod(int year, Frequency frequency, int number) implements Comparable<ReportingPeriod> {

    public static final String PATTERN = "\\d{4}-(0[1-9]|1[0-2]|Q[1-4])";
    private static final Pattern TEXT = Pattern.compile("^(\\d{4})-(?:(0[1-9]|1[0-2])|Q([1-4]))$");

    public ReportingPeriod {
        int max = frequency == Frequency.MONTHLY ? 12 : 4;
        if (year < 2000 || year > 2100 || number < 1 || number > max) {
            throw new IllegalArgumentException("no such period: " + year + " " + frequency + " " + number);
        }
    }

    public static Optional<ReportingPeriod> parse(String text) {
        Matcher m = text == null ? null : TEXT.matcher(text);
        if (m == null || !m.matches() || Integer.parseInt(m.group(1)) < 2000 || Integer.parseInt(m.group(1)) > 2100) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        return Optional.of(m.group(2) != null ? new ReportingPeriod(year, Frequency.MONTHLY, Integer.parseInt(m.group(2)))
                : new ReportingPeriod(year, Frequency.QUARTERLY, Integer.parseInt(m.group(3))));
    }

    public static ReportingPeriod containing(LocalDate date, Frequency frequency) {
        return frequency == Frequency.MONTHLY ? new ReportingPeriod(date.getYear(), frequency, date.getMonthValue())
                : new ReportingPeriod(date.getYear(), frequency, (date.getMonthValue() - 1) / 3 + 1);
    }

    public String code() {
        return frequency == Frequency.MONTHLY ? "%d-%02d".formatted(year, number) : "%d-Q%d".formatted(year, number);
    }

    public YearMonth firstMonth() {
        return frequency == Frequency.MONTHLY ? YearMonth.of(year, number) : YearMonth.of(year, number * 3 - 2);
    }

    public YearMonth lastMonth() {
        return frequency == Frequency.MONTHLY ? YearMonth.of(year, number) : YearMonth.of(year, number * 3);
    }

    /** The due day of the period's last month, or that month's last day when it is shorter. */
    public LocalDate dueDate(int dueDay) {
        YearMonth last = lastMonth();
        return last.atDay(Math.min(dueDay, last.lengthOfMonth()));
    }

    public ReportingPeriod next() {
        int max = frequency == Frequency.MONTHLY ? 12 : 4;
        return number == max ? new ReportingPeriod(year + 1, frequency, 1) : new ReportingPeriod(year, frequency, number + 1);
    }

    /** "2026年11月" / "2026年第四季度", as the office writes it. */
    public String label() {
        return frequency == Frequency.MONTHLY ? year + "年" + number + "月" : year + "年第" + "一二三四".charAt(number - 1) + "季度";
    }

    @Override
    public int compareTo(ReportingPeriod other) {
        int byEnd = lastMonth().compareTo(other.lastMonth());
        return byEnd != 0 ? byEnd : firstMonth().compareTo(other.firstMonth());
    }

    @Override
    public String toString() {
        return code();
    }
}
