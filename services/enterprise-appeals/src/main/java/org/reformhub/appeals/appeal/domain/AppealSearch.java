package org.reformhub.appeals.appeal.domain;

/**
 * What a list of cases is filtered and ordered by, as the queues of the office and the units use it: every filter
 * optional, the newest filed first unless {@code sort} says otherwise. Who may see which case is not part of it: the
 * reader adds that.
 *
 * @param text words found in the case number, or in the title, the description and the enterprise's name (every
 *             two neighbouring characters of them, so Chinese needs no word breaks)
 * @param awaiting only cases whose time limit still runs (not yet answered, closed, refused or merged)
 * @param overdue only such cases whose time limit has passed
 * @param filedFrom filed on or after this day (city time), if given
 * @param filedTo filed on or before this day (city time), if given
 */
public record AppealSearch(AppealStatus status, String category, String district, String unit, String text,
                           boolean awaiting, boolean overdue, Channel channel, java.time.LocalDate filedFrom,
                           java.time.LocalDate filedTo, Order sort, int offset, int limit) {

    public AppealSearch(AppealStatus status, String category, String district, String unit, String text, boolean awaiting,
                        boolean overdue, Order sort, int offset, int limit) {
        this(status, category, district, unit, text, awaiting, overdue, null, null, null, sort, offset, limit);
    }

    /** The same search within one district (a district office's view). */
    public AppealSearch inDistrict(String code) {
        return new AppealSearch(status, category, code, unit, text, awaiting, overdue, channel, filedFrom, filedTo, sort,
                offset, limit);
    }

    /** Whether the words are (part of) a case number, ZTC-202612-00042: found by the number, not by words. */
    public boolean looksLikeCaseNumber() {
        return text != null && text.strip().matches("(?i)(ZTC-?)?\\d{4,6}(-\\d{0,5})?|(?i)ZTC-?[\\d-]*");
    }

    /** Whether the words are long enough for the bigram index (two characters after spaces and punctuation). */
    public boolean textIndexable() {
        if (text == null) {
            return false;
        }
        String letters = text.replaceAll("[\\s\\p{Punct}\\p{IsPunctuation}]+", "");
        return letters.codePointCount(0, letters.length()) >= 2;
    }

    /** The orders a queue offers: by filing time or by time limit, either way. */
    public enum Order {
        FILED_NEWEST("filed_at desc"), FILED_OLDEST("filed_at"), DUE_SOONEST("due_date, filed_at"),
        DUE_LATEST("due_date desc, filed_at desc");

        public final String sql;

        Order(String sql) {
            this.sql = sql;
        }

        /** From the query parameter ({@code filedAt}, {@code -filedAt}, {@code dueDate}, {@code -dueDate}). */
        public static Order of(String parameter) {
            return switch (parameter == null ? "-filedAt" : parameter) {
                case "filedAt" -> FILED_OLDEST;
                case "dueDate" -> DUE_SOONEST;
                case "-dueDate" -> DUE_LATEST;
                default -> FILED_NEWEST;
            };
        }
    }
}
