package org.reformhub.registry.tasktable.domain;

import java.util.List;

/**
 * One row of the table as a document gives it: its cells' text, and where it started (line of a text
 * export, row of a Word or Excel table) for warnings a person can find. Section headers are one-cell rows.
 */
public record RawRow(List<String> cells, int source) {

    public RawRow {
        cells = List.copyOf(cells);
    }

    public String first() {
        return cells.isEmpty() ? "" : cells.get(0).strip();
    }
}
