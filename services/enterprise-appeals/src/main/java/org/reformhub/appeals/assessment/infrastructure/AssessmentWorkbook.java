package org.reformhub.appeals.assessment.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.reformhub.appeals.assessment.domain.UnitAssessment;
import org.reformhub.appeals.assessment.domain.Assessment;

/**
 * The units' assessment as an Excel workbook for the year-end performance review (年度绩效考核): one row per
 * unit with its rates as numbers (so the assessment office can compute with them), and the weights used.
 */
public final class AssessmentWorkbook {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private AssessmentWorkbook() {
    }

    public static byte[] xlsx(Assessment assessment) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("企业直通车考核");
            text(sheet.createRow(0), List.of("企业直通车诉求办理考核（" + assessment.from() + " 至 " + assessment.to() + "）"));
            text(sheet.createRow(1), List.of("排名", "承办单位", "交办件数", "答复件数", "响应率(%)", "按时答复率(%)", "解决率(%)",
                    "评价件数", "其中企业自评", "其中回访", "满意率(%)", "重办件数", "综合得分"));
            int r = 2;
            for (UnitAssessment u : assessment.units()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(u.rank());
                row.createCell(1).setCellValue(u.unit());
                row.createCell(2).setCellValue(u.assigned());
                row.createCell(3).setCellValue(u.answered());
                number(row, 4, u.responseRate());
                number(row, 5, u.onTimeRate());
                number(row, 6, u.resolutionRate());
                row.createCell(7).setCellValue(u.rated());
                row.createCell(8).setCellValue(u.ratedByEnterprise());
                row.createCell(9).setCellValue(u.ratedOnFollowUp());
                number(row, 10, u.satisfactionRate());
                row.createCell(11).setCellValue(u.reopened());
                row.createCell(12).setCellValue(u.score());
            }
            UnitAssessment.Weights w = assessment.weights();
            text(sheet.createRow(r + 1), List.of("权重：响应率 " + w.response() + "，按时答复率 " + w.onTime() + "，解决率 "
                    + w.resolution() + "，满意率 " + w.satisfaction() + "（无可计件数的比率按满分计）"));
            for (int c = 0; c <= 12; c++) {
                sheet.setColumnWidth(c, c == 1 ? 20 * 256 : 12 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(Row row, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            row.createCell(i).setCellValue(cells.get(i));
        }
    }

    private static void number(Row row, int column, Double value) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
        }
    }
}
