package org.reformhub.registry.tasktable.infrastructure;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import org.reformhub.registry.tasktable.domain.RawRow;
import org.reformhub.registry.tasktable.domain.TaskTableText;

/** Reads the task-division table from the three forms it arrives in, into rows of cells (Apache POI). */
public final class TableDocuments {

    public enum Format { TEXT, DOCX, XLSX }

    /** The document is not what it claims to be; nothing can be read from it. */
    public static class UnreadableDocument extends Exception {
        public UnreadableDocument(String message) {
            super(message);
        }
    }

    private static final int CELLS = 7;

    private TableDocuments() {
    }

    public static List<RawRow> read(Format format, byte[] content) throws UnreadableDocument {
        return switch (format) {
            case TEXT -> TaskTableText.rows(utf8(content));
            case DOCX -> docx(content);
            case XLSX -> xlsx(content);
        };
    }

    private static String utf8(byte[] content) throws UnreadableDocument {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            if (text.chars().anyMatch(c -> c == 0)) {
                throw new UnreadableDocument("the text contains NUL characters: not a text export");
            }
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new UnreadableDocument("the text is not UTF-8");
        }
    }

    private static List<RawRow> docx(byte[] content) throws UnreadableDocument {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            List<RawRow> rows = new ArrayList<>();
            int position = 0;
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph && !paragraph.getText().isBlank()) {
                    rows.add(new RawRow(List.of(paragraph.getText().strip()), ++position));
                } else if (element instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        List<String> cells = new ArrayList<>();
                        for (XWPFTableCell cell : row.getTableCells()) {
                            cells.add(cell.getParagraphs().stream().map(XWPFParagraph::getText)
                                    .collect(Collectors.joining("\n")));
                        }
                        rows.add(new RawRow(cells, ++position));
                    }
                }
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocument("not a readable Word (.docx) document");
        }
    }

    private static List<RawRow> xlsx(byte[] content) throws UnreadableDocument {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<RawRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                int filled = 0;
                int last = 0;
                for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
                    Cell cell = row.getCell(i);
                    String text = cell == null ? "" : formatter.formatCellValue(cell);
                    cells.add(text);
                    if (!text.isBlank()) {
                        filled++;
                        last = i;
                    }
                }
                if (filled == 0) {
                    continue;
                }
                // a header stands alone; a data row keeps its empty trailing cells (an empty 备注 is still a cell)
                List<String> kept = filled == 1 && last == 0 ? List.of(cells.get(0))
                        : cells.subList(0, Math.max(last + 1, Math.min(cells.size(), CELLS)));
                rows.add(new RawRow(kept, row.getRowNum() + 1));
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocument("not a readable Excel (.xlsx) workbook");
        }
    }
}
