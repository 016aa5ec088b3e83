package org.reformhub.progress.tasktable.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import org.reformhub.progress.tasktable.domain.OfficialTable;

/** Writes the official table as Word (.docx, A4 landscape, as 附件2 is printed) and Excel (.xlsx), with Apache POI. */
public final class TableDocumentWriter {

    private static final String FONT = "仿宋_GB2312";
    private static final int[] WORD_WIDTHS = {600, 1700, 3600, 1900, 4200, 1200, 2600};
    private static final int[] EXCEL_WIDTHS = {6, 20, 50, 24, 60, 12, 40};

    private TableDocumentWriter() {
    }

    public static byte[] docx(OfficialTable table) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            landscape(document);
            XWPFParagraph title = document.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            run(title, table.heading(), 16, true);

            XWPFTable grid = document.createTable(1, OfficialTable.COLUMNS.size());
            grid.setWidth("100%");
            XWPFTableRow head = grid.getRow(0);
            head.setRepeatHeader(true);
            for (int c = 0; c < OfficialTable.COLUMNS.size(); c++) {
                cell(head.getCell(c), OfficialTable.COLUMNS.get(c), true, WORD_WIDTHS[c]);
            }
            for (OfficialTable.ListSection list : table.lists()) {
                spanning(grid.createRow(), list.header());
                for (OfficialTable.DomainSection domain : list.domains()) {
                    spanning(grid.createRow(), domain.header());
                    for (OfficialTable.Row row : domain.rows()) {
                        XWPFTableRow line = grid.createRow();
                        for (int c = 0; c < row.cells().size(); c++) {
                            cell(line.getCell(c), row.cells().get(c), false, WORD_WIDTHS[c]);
                        }
                    }
                }
            }
            XWPFParagraph date = document.createParagraph();
            date.setAlignment(ParagraphAlignment.RIGHT);
            run(date, table.dateLine(), 12, false);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] xlsx(OfficialTable table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("任务分工表");
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle heading = workbook.createCellStyle();
            heading.cloneStyleFrom(bold);
            heading.setAlignment(HorizontalAlignment.CENTER);
            int r = 0;
            r = spanning(sheet, r, table.heading(), heading);
            Row head = sheet.createRow(r++);
            for (int c = 0; c < OfficialTable.COLUMNS.size(); c++) {
                head.createCell(c).setCellValue(OfficialTable.COLUMNS.get(c));
                head.getCell(c).setCellStyle(bold);
            }
            for (OfficialTable.ListSection list : table.lists()) {
                r = spanning(sheet, r, list.header(), bold);
                for (OfficialTable.DomainSection domain : list.domains()) {
                    r = spanning(sheet, r, domain.header(), bold);
                    for (OfficialTable.Row row : domain.rows()) {
                        Row line = sheet.createRow(r++);
                        for (int c = 0; c < row.cells().size(); c++) {
                            line.createCell(c).setCellValue(row.cells().get(c));
                            line.getCell(c).setCellStyle(wrap);
                        }
                    }
                }
            }
            spanning(sheet, r + 1, table.dateLine(), wrap);
            for (int c = 0; c < EXCEL_WIDTHS.length; c++) {
                sheet.setColumnWidth(c, EXCEL_WIDTHS[c] * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int spanning(Sheet sheet, int r, String text, CellStyle style) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(text);
        row.getCell(0).setCellStyle(style);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, OfficialTable.COLUMNS.size() - 1));
        return r + 1;
    }

    /** A section header: one cell across the seven columns (gridSpan), as Word merges it. */
    private static void spanning(XWPFTableRow row, String text) {
        while (row.getTableCells().size() > 1) {
            row.removeCell(row.getTableCells().size() - 1);
        }
        XWPFTableCell cell = row.getCell(0);
        var properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        properties.addNewGridSpan().setVal(BigInteger.valueOf(OfficialTable.COLUMNS.size()));
        cell.setText("");
        run(cell.getParagraphs().get(0), text, 12, true);
    }

    private static void cell(XWPFTableCell cell, String text, boolean bold, int width) {
        cell.setWidth(Integer.toString(width));
        XWPFParagraph first = cell.getParagraphs().get(0);
        String[] paragraphs = text.split("\n", -1);
        for (int i = 0; i < paragraphs.length; i++) {
            run(i == 0 ? first : cell.addParagraph(), paragraphs[i], 10, bold);
        }
    }

    private static void run(XWPFParagraph paragraph, String text, int size, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
    }

    private static void landscape(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr()
                : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setOrient(STPageOrientation.LANDSCAPE);
        size.setW(BigInteger.valueOf(16838));
        size.setH(BigInteger.valueOf(11906));
    }
}
