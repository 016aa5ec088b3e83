package org.reformhub.appeals.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The channel's Word documents for the city government (月报, 专题报告, 面对面会议纪要) in one house style:
 * 仿宋 body, centred title, numbered section headings, plain tables (Apache POI).
 */
public final class WordDocument implements AutoCloseable {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final XWPFDocument document = new XWPFDocument();

    public WordDocument title(String text) {
        return paragraph(text, 16, true, ParagraphAlignment.CENTER);
    }

    public WordDocument heading(String text) {
        return paragraph(text, 13, true, ParagraphAlignment.LEFT);
    }

    public WordDocument text(String text) {
        return paragraph(text, 12, false, ParagraphAlignment.LEFT);
    }

    /** A closing line on the right, e.g. the date the figures stand at. */
    public WordDocument signature(String text) {
        return paragraph(text, 11, false, ParagraphAlignment.RIGHT);
    }

    public WordDocument table(List<String> header, List<List<String>> rows) {
        XWPFTable table = document.createTable(1, header.size());
        row(table.getRow(0), header);
        rows.forEach(cells -> row(table.createRow(), cells));
        return this;
    }

    public byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A rate in percent as the reports print it, "—" when nothing was counted. */
    public static String rate(Double percent) {
        return percent == null ? "—" : percent + "%";
    }

    public static String orBlank(Object value) {
        return value == null ? "" : value.toString();
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(XWPFTableRow row, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            row.getCell(i).setText(cells.get(i) == null ? "" : cells.get(i));
        }
    }

    private WordDocument paragraph(String text, int size, boolean bold, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontFamily("仿宋_GB2312");
        run.setFontSize(size);
        run.setBold(bold);
        return this;
    }
}
