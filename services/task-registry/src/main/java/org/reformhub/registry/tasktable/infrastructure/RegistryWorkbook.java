package org.reformhub.registry.tasktable.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.reformhub.registry.measure.domain.Deadline;
import org.reformhub.registry.measure.domain.MeasureList;
import org.reformhub.registry.measure.domain.MeasureSnapshot;
import org.reformhub.registry.department.domain.ResponsibleUnit;

/**
 * The register as an Excel workbook. Sheet 1 is the official task-division table (附件2 layout: list and
 * domain headers, 序号…备注), which imports back unchanged; sheet 2 is a flat register for filtering.
 */
public final class RegistryWorkbook {

    private static final String[] TABLE_HEADER = {"序号", "改革措施", "主要做法", "责任单位", "工作措施", "完成时限", "备注"};
    private static final String[] FLAT_HEADER = {"编号", "清单", "领域", "改革措施", "牵头单位", "配合单位", "工作措施数",
            "完成时限", "备注状态", "已归档", "更新时间"};

    private RegistryWorkbook() {
    }

    /** @param heading the programme's title, written above the table as in the official document */
    public static byte[] write(String heading, List<MeasureSnapshot> measures) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            officialTable(workbook.createSheet("任务分工表"), heading, measures, wrap, bold);
            flatRegister(workbook.createSheet("台账"), measures, bold);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void officialTable(Sheet sheet, String heading, List<MeasureSnapshot> measures, CellStyle wrap,
                                      CellStyle bold) {
        int r = 0;
        header(sheet, r++, heading, bold);
        // one section per list number of the codes, so every measure comes back under its own code
        Map<Integer, List<MeasureSnapshot>> byList = measures.stream()
                .collect(Collectors.groupingBy(m -> Integer.parseInt(m.id().code().substring(0, m.id().code().indexOf('-'))),
                        java.util.TreeMap::new, Collectors.toList()));
        for (var section : byList.entrySet()) {
            List<MeasureSnapshot> inList = section.getValue();
            String name = inList.get(0).content().list() == MeasureList.REPLICATE ? "在全省复制推广的改革举措" : "供全省借鉴的改革举措";
            header(sheet, r++, numeral(section.getKey()) + "、" + name + "（" + inList.size() + "项）", bold);
            Row head = sheet.createRow(r++);
            for (int c = 0; c < TABLE_HEADER.length; c++) {
                head.createCell(c).setCellValue(TABLE_HEADER[c]);
                head.getCell(c).setCellStyle(bold);
            }
            Map<String, List<MeasureSnapshot>> byDomain = inList.stream()
                    .collect(Collectors.groupingBy(m -> m.content().area(), LinkedHashMap::new, Collectors.toList()));
            int domainNumber = 0;
            for (var domain : byDomain.entrySet()) {
                header(sheet, r++, "（" + numeral(++domainNumber) + "）" + domain.getKey() + "（" + domain.getValue().size() + "项）", bold);
                for (MeasureSnapshot m : domain.getValue()) {
                    Row row = sheet.createRow(r++);
                    String[] cells = {Integer.toString(Integer.parseInt(m.id().code().substring(m.id().code().indexOf('-') + 1))),
                            m.content().title(), m.content().practice(), responsibility(m), numbered(m.content().workItems()),
                            deadline(m), m.content().remark()};
                    for (int c = 0; c < cells.length; c++) {
                        row.createCell(c).setCellValue(cells[c]);
                        row.getCell(c).setCellStyle(wrap);
                    }
                }
            }
        }
        int[] widths = {6, 20, 50, 24, 60, 12, 40};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }

    private static void flatRegister(Sheet sheet, List<MeasureSnapshot> measures, CellStyle bold) {
        Row head = sheet.createRow(0);
        for (int c = 0; c < FLAT_HEADER.length; c++) {
            head.createCell(c).setCellValue(FLAT_HEADER[c]);
            head.getCell(c).setCellStyle(bold);
        }
        int r = 1;
        for (MeasureSnapshot m : measures) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(m.id().code());
            row.createCell(1).setCellValue(m.content().list() == MeasureList.REPLICATE ? "复制推广" : "借鉴");
            row.createCell(2).setCellValue(m.content().area());
            row.createCell(3).setCellValue(m.content().title());
            row.createCell(4).setCellValue(names(m.content().leadUnits()));
            row.createCell(5).setCellValue(names(m.content().cooperatingUnits()));
            row.createCell(6).setCellValue(m.content().workItems().size());
            row.createCell(7).setCellValue(deadline(m));
            row.createCell(8).setCellValue(switch (m.content().statedStatus()) {
                case COMPLETED -> "已完成";
                case IN_PROGRESS -> "正在推进";
                case NOT_STATED -> "未说明";
            });
            row.createCell(9).setCellValue(m.archived() ? "是" : "否");
            row.createCell(10).setCellValue(m.updatedAt().toString());
        }
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(r - 1, 0), 0, FLAT_HEADER.length - 1));
    }

    private static void header(Sheet sheet, int r, String text, CellStyle bold) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(text);
        row.getCell(0).setCellStyle(bold);
    }

    /** "A牵头，B、C配合" — the phrasing the import reads back. */
    static String responsibility(MeasureSnapshot m) {
        String lead = names(m.content().leadUnits());
        if (m.content().cooperatingUnits().isEmpty()) {
            return m.content().leadUnits().size() == 1 ? lead : lead + "牵头";
        }
        return lead + "牵头，" + names(m.content().cooperatingUnits()) + "配合";
    }

    private static String names(List<ResponsibleUnit> units) {
        return units.stream().map(ResponsibleUnit::name).collect(Collectors.joining("、"));
    }

    private static String numbered(List<String> items) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            text.append(i == 0 ? "" : "\n").append(i + 1).append('.').append(items.get(i));
        }
        return text.toString();
    }

    private static String deadline(MeasureSnapshot m) {
        Deadline deadline = m.content().deadline();
        if (m.content().deadlineText() != null && !m.content().deadlineText().isBlank()) {
            return m.content().deadlineText();
        }
        if (deadline == null) {
            return "";
        }
        return deadline.kind() == Deadline.Kind.ONGOING ? "持续推进"
                : deadline.date().getYear() + "年" + deadline.date().getMonthValue() + "月" + deadline.date().getDayOfMonth() + "日";
    }

    /** 一…九十九 as the official tables write them; larger list numbers in Arabic digits. */
    private static String numeral(int n) {
        if (n < 1 || n > 99) {
            return Integer.toString(n);
        }
        String digits = "一二三四五六七八九";
        if (n < 10) {
            return String.valueOf(digits.charAt(n - 1));
        }
        return (n >= 20 ? String.valueOf(digits.charAt(n / 10 - 1)) : "") + "十" + (n % 10 == 0 ? "" : digits.charAt(n % 10 - 1));
    }
}
