package org.reformhub.console.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class ListWorkbookRowsTest {

    @Test
    void an_export_reads_pages_until_one_is_short_and_never_past_the_limit() {
        List<Integer> asked = new ArrayList<>();
        List<List<String>> rows = ListWorkbook.rows(page -> {
            asked.add(page);
            return IntStream.range(0, page < 2 ? ListWorkbook.PAGE : 7).boxed().toList();
        }, n -> List.of(String.valueOf(n)));
        assertEquals(List.of(0, 1, 2), asked);
        assertEquals(2 * ListWorkbook.PAGE + 7, rows.size());

        List<Integer> endless = new ArrayList<>();
        rows = ListWorkbook.rows(page -> {
            endless.add(page);
            return IntStream.range(0, ListWorkbook.PAGE).boxed().toList();
        }, n -> List.of(String.valueOf(n)));
        assertEquals(ListView.EXPORT_LIMIT, rows.size());
        assertEquals(ListView.EXPORT_LIMIT / ListWorkbook.PAGE, endless.size());
    }
}
