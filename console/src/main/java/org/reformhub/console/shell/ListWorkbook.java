package org.reformhub.console.shell;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.ws.rs.core.Response;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Any filtered list as an Excel workbook: the headings in bold and frozen, then one row per record, every cell as
 * text as the page shows it (dates in city time). Streamed by POI, so a long list does not sit in memory.
 */
public final class ListWorkbook {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ListWorkbook() {
    }

    /** The download, named {@code <name>-<today>.xlsx} (UTF-8 file name per RFC 6266, so Chinese names survive). */
    public static Response download(String name, List<String> headings, List<List<String>> rows) {
        String file = name + "-" + java.time.LocalDate.now(CityTime.CITY) + ".xlsx";
        return Response.ok(xlsx(name, headings, rows), MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"export.xlsx\"; filename*=UTF-8''"
                        + URLEncoder.encode(file, StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }

    static byte[] xlsx(String sheetName, List<String> headings, List<List<String>> rows) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row head = sheet.createRow(0);
            for (int c = 0; c < headings.size(); c++) {
                head.createCell(c).setCellValue(headings.get(c));
                head.getCell(c).setCellStyle(bold);
                sheet.setColumnWidth(c, Math.min(60, Math.max(10, headings.get(c).length() * 3)) * 256);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (List<String> cells : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < cells.size(); c++) {
                    if (cells.get(c) != null) {
                        row.createCell(c).setCellValue(cells.get(c));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }
}
