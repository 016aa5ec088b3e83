package org.reformhub.console.shell;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A list page's filters, order and page, kept in the URL so that a view can be bookmarked, shared and exported
 * with the same filters. Page numbers count from 1 for people; the services count rows from 0.
 *
 * @param path the list's own path ({@code /app/appeals}); its export is the same path with {@code .xlsx}
 * @param filters the filters in use, in the order of the form (blank ones are dropped)
 */
public record ListView(String path, Map<String, String> filters, String sort, int page, int size, long total) {

    public static final int SIZE = 25;
    /** The most rows an export carries: past it, the person is asked to narrow the filters. */
    public static final int EXPORT_LIMIT = 5000;

    public ListView {
        Map<String, String> kept = new LinkedHashMap<>();
        filters.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                kept.put(name, value.strip());
            }
        });
        filters = kept;
        page = Math.max(1, page);
    }

    /** The view before its total is known (what the page asks the service for). */
    public static ListView of(String path, Map<String, String> filters, String sort, int page) {
        return new ListView(path, filters, sort, page, SIZE, 0);
    }

    public ListView withTotal(long total) {
        return new ListView(path, filters, sort, page, size, total);
    }

    public int offset() {
        return (page - 1) * size;
    }

    public String filter(String name) {
        return filters.getOrDefault(name, "");
    }

    public long pages() {
        return Math.max(1, (total + size - 1) / size);
    }

    public long first() {
        return total == 0 ? 0 : offset() + 1L;
    }

    public long last() {
        return Math.min(total, (long) offset() + size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }

    public String previousHref() {
        return href(page - 1, sort);
    }

    public String nextHref() {
        return href(page + 1, sort);
    }

    /** The link of a column heading: that order, or its reverse when it is the current one. */
    public String sortHref(String field) {
        return href(1, field.equals(sort) ? "-" + field : field);
    }

    /** {@code ascending}, {@code descending} or {@code none}, for the heading's aria-sort. */
    public String sortState(String field) {
        return field.equals(sort) ? "ascending" : ("-" + field).equals(sort) ? "descending" : "none";
    }

    /** The same filters and order as an .xlsx workbook of every matching row. */
    public String exportHref() {
        return path + ".xlsx" + query(0, sort);
    }

    /** This very view (filters, order, page): where a form on it returns to. */
    public String currentHref() {
        return href(page, sort);
    }

    public String href(long toPage, String order) {
        return path + query(toPage, order);
    }

    private String query(long toPage, String order) {
        Map<String, String> parameters = new LinkedHashMap<>(filters);
        if (order != null && !order.isBlank()) {
            parameters.put("sort", order);
        }
        if (toPage > 1) {
            parameters.put("page", String.valueOf(toPage));
        }
        return parameters.isEmpty() ? "" : parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&", "?", ""));
    }

    /** A filter's value as a service takes it: absent when the view does not use it. */
    public String filterOrNull(String name) {
        String value = filter(name);
        return value.isEmpty() ? null : value;
    }

    /** Words typed into a search box, cut to {@code max} characters. */
    public static String words(String text, int max) {
        return text == null ? null : text.strip().substring(0, Math.min(max, text.strip().length()));
    }

    /** A code of the expected shape (a department's, a category's), or absent. */
    public static String code(String value, String pattern) {
        return value != null && value.matches(pattern) ? value : null;
    }

    /** The order asked for when the list offers it, else the list's own. */
    public static String sort(String asked, List<String> offered, String fallback) {
        return asked != null && offered.contains(asked) ? asked : fallback;
    }

    /** The page the URL asks for: 1 for anything that is not a number, never past page 4,000. */
    public static int pageAsked(String text) {
        try {
            return Math.min(text == null ? 1 : Integer.parseInt(text.strip()), 4000);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** A date as a date input sends it (yyyy-MM-dd), or absent: what is not one is dropped, not passed on. */
    public static String date(String value) {
        if (value == null || !value.strip().matches("\\d{4}-\\d{2}-\\d{2}")) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(value.strip()).toString();
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** One of {@code allowed}, or blank: a filter value the page does not know is dropped, not passed on. */
    public static String oneOf(String value, List<String> allowed) {
        return value != null && allowed.contains(value.strip()) ? value.strip() : "";
    }
}
