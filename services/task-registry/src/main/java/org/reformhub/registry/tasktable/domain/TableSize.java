package org.reformhub.registry.tasktable.domain;

import java.util.List;
import java.util.Optional;

import org.reformhub.registry.measure.domain.MeasureLimits;

import static org.reformhub.registry.RegistryTexts.text;

/**
 * How large a task-division table may be before it is read. The limits sit well above a real table (the
 * city's 22 measures are 280 lines; a table of {@value MeasureLimits#MEASURES_PER_TABLE} measures, the most one
 * may hold, is about 13,000) and well below what keeps the parser busy: past them the table is refused
 * before any rule runs on it, so no body the 5 MB limit lets in makes an import work for more than a moment.
 */
public final class TableSize {

    /** Lines of a text export. */
    public static final int MAX_LINES = 30_000;
    /** Rows of a Word table or an Excel sheet (one per measure, plus headers). */
    public static final int MAX_ROWS = 5_000;
    /** Cells in a row: a row has 7; merged or stray columns add a few. */
    public static final int MAX_CELLS_PER_ROW = 30;
    /** Characters in one cell: twice the longest cell a measure holds (主要做法). */
    public static final int MAX_CELL_CHARACTERS = 2 * MeasureLimits.PRACTICE;

    private TableSize() {
    }

    /** Counts the lines of a text export without splitting it. */
    public static Optional<ImportRejection> ofText(String text) {
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                if (++lines > MAX_LINES) {
                    return Optional.of(new ImportRejection.TableTooLarge(text("import.too-many-lines", MAX_LINES)));
                }
            }
        }
        return Optional.empty();
    }

    /** Rows, cells per row and characters per cell, whichever document the rows came from. */
    public static Optional<ImportRejection> ofRows(List<RawRow> rows) {
        if (rows.size() > MAX_ROWS) {
            return Optional.of(new ImportRejection.TableTooLarge(text("import.too-many-rows", MAX_ROWS)));
        }
        for (RawRow row : rows) {
            Optional<ImportRejection> refused = ofRow(row.cells().size(), row.source());
            if (refused.isPresent()) {
                return refused;
            }
            for (String cell : row.cells()) {
                if (cell.length() > MAX_CELL_CHARACTERS) {
                    return Optional.of(new ImportRejection.TableTooLarge(
                            text("import.cell-too-long", row.source(), MAX_CELL_CHARACTERS)));
                }
            }
        }
        return Optional.empty();
    }

    /** Checked while a document is read, before its cells are: a sheet of 16,384 columns is refused at once. */
    public static Optional<ImportRejection> ofRow(int cells, int source) {
        return cells > MAX_CELLS_PER_ROW
                ? Optional.of(new ImportRejection.TableTooLarge(text("import.too-many-cells", source, MAX_CELLS_PER_ROW)))
                : Optional.empty();
    }

    public static Optional<ImportRejection> ofRowCount(int rows) {
        return rows > MAX_ROWS
                ? Optional.of(new ImportRejection.TableTooLarge(text("import.too-many-rows", MAX_ROWS)))
                : Optional.empty();
    }
}
