package org.reformhub.console.shell;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

import jakarta.ws.rs.core.Response;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.reformhub.kernel.city.CityTime;

/**
 * Any filtered list as an Excel workbook: the headings in bold and frozen, then one row per record, every cell as
 * text as the page shows it (dates in city time). Streamed by POI, so a long list does not sit in memory.
 */
public final class ListWorkbook {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ListWorkbook() {
    }

    /** How many records one call to a service brings for an export. */
    public static final int PAGE = 500;

    /**
     * A filtered list's rows for its export: the service's pages read in turn ({@code page} from 0, {@link #PAGE} each)
     * until one comes back short or the export holds {@link ListView#EXPORT_LIMIT} rows.
     */
    public static <T> List<List<String>> rows(IntFunction<List<T>> page, Function<T, List<String>> row) {
        List<List<String>> rows = new ArrayList<>();
        for (int n = 0; rows.size() < ListView.EXPORT_LIMIT; n++) {
            List<T> records = page.apply(n);
            records.forEach(r -> rows.add(row.apply(r)));
            if (records.size() < PAGE) {
                break;
            }
        }
        return rows;
    }

    /** The download, named {@code <name>-<today>.xlsx} (UTF-8 file name per RFC 6266, so Chinese names survive). */
    public static Response download(String name, List<String> headings, List<List<String>> rows) {
        String file = name + "-" + CityTime.today() + ".xlsx";
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
