package org.reformhub.registry.tasktable.infrastructure;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

import org.apache.poi.openxml4j.util.ZipSecureFile;

import org.reformhub.registry.tasktable.domain.ImportRejection;
import org.reformhub.registry.tasktable.domain.RawRow;
import org.reformhub.registry.tasktable.domain.TableSize;
import org.reformhub.registry.tasktable.domain.TaskTableText;

import static org.reformhub.registry.RegistryTexts.text;

/** Reads the task-division table from the three forms it arrives in, into rows of cells (Apache POI). */
public final class TableDocuments {

    public enum Format { TEXT, DOCX, XLSX }

    /** The document is not what it claims to be, or larger than a table may be; nothing is read from it. */
    public static class UnreadableDocument extends Exception {
        private final transient ImportRejection rejection;

        public UnreadableDocument(String message) {
            this(new ImportRejection.UnreadableTable(message, List.of()));
        }

        UnreadableDocument(ImportRejection rejection) {
            super(rejection.detail(), null, false, false);
            this.rejection = rejection;
        }

        public ImportRejection rejection() {
            return rejection;
        }
    }

    /**
     * What a 5 MB upload may unpack to. A real table's largest part is well under a megabyte; without the
     * cap a small, well-compressed workbook becomes hundreds of megabytes of XML in a small heap.
     */
    private static final long MAX_UNPACKED_PART = 20L * 1024 * 1024;

    static {
        ZipSecureFile.setMaxEntrySize(MAX_UNPACKED_PART);
    }

    private static final int CELLS = 7;

    private TableDocuments() {
    }

    public static List<RawRow> read(Format format, byte[] content) throws UnreadableDocument {
        List<RawRow> rows = switch (format) {
            case TEXT -> textRows(utf8(content));
            case DOCX -> docx(content);
            case XLSX -> xlsx(content);
        };
        refuseIfAny(TableSize.ofRows(rows));
        return rows;
    }

    private static List<RawRow> textRows(String text) throws UnreadableDocument {
        refuseIfAny(TableSize.ofText(text));
        return TaskTableText.rows(text);
    }

    private static void refuseIfAny(Optional<ImportRejection> rejection) throws UnreadableDocument {
        if (rejection.isPresent()) {
            throw new UnreadableDocument(rejection.get());
        }
    }

    private static String utf8(byte[] content) throws UnreadableDocument {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            if (text.indexOf('\u0000') >= 0) {
                throw new UnreadableDocument(text("import.text-has-nul"));
            }
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new UnreadableDocument(text("import.text-not-utf8"));
        }
    }

    private static List<RawRow> docx(byte[] content) throws UnreadableDocument {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            List<RawRow> rows = new ArrayList<>();
            int position = 0;
            for (IBodyElement element : document.getBodyElements()) {
                refuseIfAny(TableSize.ofRowCount(rows.size()));
                if (element instanceof XWPFParagraph paragraph && !paragraph.getText().isBlank()) {
                    rows.add(new RawRow(List.of(paragraph.getText().strip()), ++position));
                } else if (element instanceof XWPFTable table) {
                    refuseIfAny(TableSize.ofRowCount(rows.size() + table.getNumberOfRows()));
                    for (XWPFTableRow row : table.getRows()) {
                        refuseIfAny(TableSize.ofRow(row.getTableCells().size(), position + 1));
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
            throw new UnreadableDocument(text("import.not-docx"));
        }
    }

    private static List<RawRow> xlsx(byte[] content) throws UnreadableDocument {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            refuseIfAny(TableSize.ofRowCount(sheet.getPhysicalNumberOfRows()));
            DataFormatter formatter = new DataFormatter();
            List<RawRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                refuseIfAny(TableSize.ofRow(Math.max(row.getLastCellNum(), 0), row.getRowNum() + 1));
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
            throw new UnreadableDocument(text("import.not-xlsx"));
        }
    }
}
