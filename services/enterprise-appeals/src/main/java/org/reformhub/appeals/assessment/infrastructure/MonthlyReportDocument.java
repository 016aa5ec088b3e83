package org.reformhub.appeals.assessment.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import org.reformhub.appeals.assessment.application.AppealFigures;
import org.reformhub.appeals.assessment.domain.ChannelFigures;

/** The monthly report (月报) as a Word document for the city government (Apache POI). */
public final class MonthlyReportDocument {

    private MonthlyReportDocument() {
    }

    public static byte[] docx(AppealFigures.MonthlyReport report) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            paragraph(document, "企业直通车诉求办理情况月报（" + report.month().getYear() + "年" + report.month().getMonthValue() + "月）",
                    16, true, ParagraphAlignment.CENTER);
            ChannelFigures t = report.total();
            paragraph(document, "本月受理企业诉求" + t.received() + "件，已答复" + t.answered() + "件，按时答复率" + rate(t.answeredOnTimePercent())
                    + "，解决率" + rate(t.resolvedPercent()) + "，满意率" + rate(t.satisfactionPercent()) + "（已评价" + t.rated()
                    + "件），平均答复用时" + (t.averageWorkingDaysToAnswer() == null ? "—" : t.averageWorkingDaysToAnswer() + "个工作日")
                    + "。", 12, false, ParagraphAlignment.LEFT);
            paragraph(document, "一、各承办单位办理情况", 13, true, ParagraphAlignment.LEFT);
            figures(document, "承办单位", report.byUnit());
            paragraph(document, "二、各类别诉求办理情况", 13, true, ParagraphAlignment.LEFT);
            figures(document, "诉求类别", report.byCategory());
            paragraph(document, "三、未解决及逾期诉求（" + report.unresolved().size() + "件）", 13, true, ParagraphAlignment.LEFT);
            XWPFTable table = document.createTable(1, 7);
            row(table.getRow(0), List.of("编号", "企业", "诉求", "承办单位", "状态", "办理时限", "规定办理时限"));
            for (AppealFigures.Unresolved u : report.unresolved()) {
                row(table.createRow(), List.of(u.caseNumber(), u.enterpriseName(), u.title(), u.leadUnit() == null ? "待交办" : u.leadUnit(),
                        u.overdue() ? "逾期（督办）" : u.status(), String.valueOf(u.dueDate()),
                        u.committedDate() == null ? "" : u.committedDate().toString()));
            }
            paragraph(document, "数据截至" + report.asOf(), 11, false, ParagraphAlignment.RIGHT);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void figures(XWPFDocument document, String first, Map<String, ChannelFigures> rows) {
        XWPFTable table = document.createTable(1, 6);
        row(table.getRow(0), List.of(first, "受理", "答复", "按时答复率", "解决率", "满意率"));
        rows.forEach((name, f) -> row(table.createRow(), List.of(name, String.valueOf(f.received()), String.valueOf(f.answered()),
                rate(f.answeredOnTimePercent()), rate(f.resolvedPercent()), rate(f.satisfactionPercent()))));
    }

    private static void row(XWPFTableRow row, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            row.getCell(i).setText(cells.get(i));
        }
    }

    private static String rate(Double percent) {
        return percent == null ? "—" : percent + "%";
    }

    private static void paragraph(XWPFDocument document, String text, int size, boolean bold, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontFamily("仿宋_GB2312");
        run.setFontSize(size);
        run.setBold(bold);
    }
}
