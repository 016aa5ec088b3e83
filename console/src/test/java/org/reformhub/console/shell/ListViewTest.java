package org.reformhub.console.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A list's view in the URL: blank filters dropped, pages counted for people, order reversed by its own heading. */
class ListViewTest {

    private static ListView view(int page, long total) {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("q", " 用地 ");
        filters.put("status", "");
        filters.put("district", "香洲");
        return ListView.of("/app/appeals", filters, "dueDate", page).withTotal(total);
    }

    @Test
    void blank_filters_are_dropped_and_the_rest_kept_in_order_and_encoded() {
        ListView view = view(1, 60);
        assertEquals(Map.of("q", "用地", "district", "香洲"), view.filters());
        assertEquals("/app/appeals?q=%E7%94%A8%E5%9C%B0&district=%E9%A6%99%E6%B4%B2&sort=dueDate", view.currentHref());
        assertEquals("/app/appeals.xlsx?q=%E7%94%A8%E5%9C%B0&district=%E9%A6%99%E6%B4%B2&sort=dueDate", view.exportHref());
    }

    @Test
    void pages_count_from_one_and_stop_at_the_last() {
        ListView first = view(1, 60);
        assertEquals(3, first.pages());
        assertEquals(0, first.offset());
        assertEquals(1, first.first());
        assertEquals(25, first.last());
        assertFalse(first.hasPrevious());
        assertTrue(first.nextHref().endsWith("&page=2"));
        ListView last = view(3, 60);
        assertEquals(50, last.offset());
        assertEquals(60, last.last());
        assertFalse(last.hasNext());
        assertTrue(last.previousHref().endsWith("&page=2"));
        assertEquals(1, view(0, 0).page());
        assertEquals(0, view(1, 0).first());
        assertEquals(1, view(1, 0).pages());
    }

    @Test
    void a_heading_sorts_by_its_column_and_reverses_the_current_order() {
        ListView view = view(2, 60);
        assertEquals("ascending", view.sortState("dueDate"));
        assertEquals("none", view.sortState("filedAt"));
        assertTrue(view.sortHref("dueDate").endsWith("sort=-dueDate"), "reversed, back on page 1");
        assertTrue(view.sortHref("filedAt").endsWith("sort=filedAt"));
    }

    @Test
    void a_value_the_page_does_not_know_is_dropped() {
        assertEquals("OVERDUE", ListView.oneOf(" OVERDUE ", List.of("OVERDUE", "DUE_SOON")));
        assertEquals("", ListView.oneOf("'; drop", List.of("OVERDUE")));
        assertEquals("", ListView.oneOf(null, List.of("OVERDUE")));
    }

    @Test
    void a_date_filter_is_a_real_date_or_nothing() {
        assertEquals("2026-12-07", ListView.date(" 2026-12-07 "));
        assertEquals(null, ListView.date("2026-02-30"));
        assertEquals(null, ListView.date("12/07/2026"));
        assertEquals(null, ListView.date("2026-12-07' or 1=1"));
        assertEquals(null, ListView.date(null));
    }
}
