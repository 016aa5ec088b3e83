package org.reformhub.registry.tasktable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import org.reformhub.kernel.testing.RepositoryFiles;
import org.reformhub.registry.tasktable.domain.RawRow;
import org.reformhub.registry.tasktable.domain.TaskTableText;

/** The seed table, and the same table as a Word document and an Excel workbook built with POI. */
public final class TableFiles {

    private TableFiles() {
    }

    /** The city's table: the repository's own copy under deploy/seed (a clone needs nothing beside it). */
    public static String seedText() throws IOException {
        return Files.readString(RepositoryFiles.find("deploy/seed/reform-task-table.txt"));
    }

    /** A second table in other phrasings, numbered like the seed (1-01, 1-02, 2-01). */
    public static String secondTableText() throws IOException {
        return Files.readString(RepositoryFiles.find("deploy/seed/examples/second-table-2021.txt"));
    }

    /** List headers as paragraphs, everything else in one table; domain headers are one merged cell. */
    public static byte[] docx(String text) throws IOException {
        List<RawRow> rows = TaskTableText.rows(text);
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable table = null;
            for (RawRow row : rows) {
                if (row.cells().size() == 1 && row.first().matches("^[一二三四五六七八九十]+、.*")) {
                    document.createParagraph().createRun().setText(row.first());
                    table = null;
                    continue;
                }
                if (table == null) {
                    table = document.createTable();
                    fill(table.getRow(0), row);
                } else {
                    fill(table.createRow(), row);
                }
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    private static void fill(XWPFTableRow tableRow, RawRow row) {
        while (tableRow.getTableCells().size() < row.cells().size()) {
            tableRow.addNewTableCell();
        }
        while (tableRow.getTableCells().size() > row.cells().size()) {
            tableRow.removeCell(tableRow.getTableCells().size() - 1);
        }
        for (int i = 0; i < row.cells().size(); i++) {
            XWPFTableCell cell = tableRow.getCell(i);
            String[] paragraphs = row.cells().get(i).split("\n", -1);
            for (int p = 0; p < paragraphs.length; p++) {
                XWPFParagraph paragraph = p == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
                paragraph.createRun().setText(paragraphs[p]);
            }
        }
        if (row.cells().size() == 1) {
            tableRow.getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(7));
        }
    }

    public static byte[] xlsx(String text) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("附件2");
            int r = 0;
            for (RawRow row : TaskTableText.rows(text)) {
                XSSFRow sheetRow = sheet.createRow(r++);
                for (int i = 0; i < row.cells().size(); i++) {
                    sheetRow.createCell(i).setCellValue(row.cells().get(i));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
