package org.reformhub.registry.tasktable.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A table larger than any real one is refused before any rule reads it; the seed is far inside every limit. */
class TableSizeTest {

    @Test
    void a_text_export_of_more_lines_than_a_table_has_is_refused_by_counting_alone() {
        assertInstanceOf(ImportRejection.TableTooLarge.class, TableSize.ofText("x\n".repeat(100_000)).orElseThrow());
        assertInstanceOf(ImportRejection.TableTooLarge.class, TableSize.ofText("x\r".repeat(100_000)).orElseThrow());
        assertTrue(TableSize.ofText("x\n".repeat(TableSize.MAX_LINES - 1)).isEmpty());
    }

    @Test
    void rows_cells_and_cell_lengths_have_limits() {
        RawRow row = new RawRow(List.of("1", "证照联办"), 3);
        assertTrue(TableSize.ofRows(List.of(row)).isPresent() == false);
        assertTrue(TableSize.ofRows(java.util.Collections.nCopies(TableSize.MAX_ROWS + 1, row)).isPresent());
        assertTrue(TableSize.ofRow(TableSize.MAX_CELLS_PER_ROW + 1, 7).orElseThrow().detail().contains("第 7 行"));
        assertTrue(TableSize.ofRows(List.of(new RawRow(List.of("1", "长".repeat(TableSize.MAX_CELL_CHARACTERS + 1)), 9)))
                .isPresent());
    }

    @Test
    void heading_lines_before_the_table_are_read_in_one_pass() {
        // 20,000 one-character lines: every one a heading candidate; the reader once searched all earlier ones per line
        List<RawRow> rows = TaskTableText.rows("x\n".repeat(20_000));
        assertEquals(20_000, rows.size());
        assertTrue(TaskTableReader.read(rows).errors().size() == 1, "no measures found");
    }
}
