package org.reformhub.registry.tasktable.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the text export of the Word table into rows of cells. In that export every cell starts on a new
 * line with a tab, and a line without a leading tab continues the previous cell (a new paragraph of it).
 * The heading lines before the table and list headers ("二、供全省借鉴的改革举措") stand outside the table, as
 * rows of one cell.
 */
public final class TaskTableText {

    private static final Pattern LIST_HEADER = Pattern.compile("^([一二三四五六七八九十]+|\\d{1,7})、.*(复制推广|借鉴|推广).*");
    private static final Pattern SEQUENCE = Pattern.compile("^\\d{1,3}$");

    private TaskTableText() {
    }

    public static List<RawRow> rows(String text) {
        List<Cell> cells = cells(text.replace("\r\n", "\n").replace('\r', '\n'));
        List<RawRow> rows = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int currentStart = 0;
        for (Cell cell : cells) {
            String value = cell.text().strip();
            boolean standsAlone = cell.outsideTable() || TaskTableReader.isDomainHeader(value);
            boolean startsRow = SEQUENCE.matcher(value).matches() || value.equals("序号");
            if (standsAlone || startsRow) {
                flush(rows, current, currentStart);
                current = new ArrayList<>();
                currentStart = cell.line();
                if (standsAlone) {
                    rows.add(new RawRow(List.of(value), cell.line()));
                    continue;
                }
            }
            if (current.isEmpty()) {
                currentStart = cell.line();
            }
            current.add(cell.text());
        }
        flush(rows, current, currentStart);
        return rows;
    }

    private static void flush(List<RawRow> rows, List<String> cells, int start) {
        if (!cells.isEmpty()) {
            rows.add(new RawRow(cells, start));
        }
    }

    private record Cell(StringBuilder content, int line, boolean outsideTable) {
        String text() {
            return content.toString();
        }
    }

    /** One pass over the lines: what the loop needs to know of the cells before is kept in two flags, not searched for. */
    private static List<Cell> cells(String text) {
        List<Cell> cells = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        boolean tableStarted = false;
        boolean listHeaderSeen = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int lineNumber = i + 1;
            if (line.startsWith("\t")) {
                cells.add(new Cell(new StringBuilder(line.substring(1)), lineNumber, false));
                tableStarted = true;
            } else if (LIST_HEADER.matcher(line.strip()).matches()) {
                cells.add(new Cell(new StringBuilder(line.strip()), lineNumber, true));
                listHeaderSeen = true;
            } else if (!cells.isEmpty() && !cells.get(cells.size() - 1).outsideTable()) {
                cells.get(cells.size() - 1).content().append('\n').append(line);
            } else if (!tableStarted && !listHeaderSeen && !line.isBlank()) {
                // the heading above the table (attachment number, title): a row of its own, not a cell
                cells.add(new Cell(new StringBuilder(line.strip()), lineNumber, true));
            }
        }
        return cells;
    }
}
