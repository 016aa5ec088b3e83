package org.reformhub.progress.tasktable.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.reformhub.progress.measure.domain.OfficialStatus;
import org.reformhub.progress.measure.domain.RegisteredMeasure;

/**
 * The task-division table (附件2) as it is reported upward: the heading, one section per list
 * ("一、在全省复制推广的改革举措（11项）") with its domain sections ("（一）开办企业（5项）"), rows of 序号, 改革措施,
 * 主要做法, 责任单位, 工作措施, 完成时限, 备注, and a date line. Laid out so the registry's importer reads it back
 * into the same measures, units and work items.
 */
public record OfficialTable(String heading, List<ListSection> lists, String dateLine) {

    public static final List<String> COLUMNS = List.of("序号", "改革措施", "主要做法", "责任单位", "工作措施", "完成时限", "备注");

    public record ListSection(String header, List<DomainSection> domains) {
    }

    public record DomainSection(String header, List<Row> rows) {
    }

    /** One measure's seven cells. */
    public record Row(String code, List<String> cells) {
    }

    /** A measure and its official status, if any. */
    public record Entry(RegisteredMeasure measure, Optional<OfficialStatus> official) {
    }

    public static OfficialTable of(String heading, List<Entry> entries, LocalDate asOf) {
        Map<Integer, List<Entry>> byList = entries.stream().collect(Collectors.groupingBy(
                e -> listNumber(e.measure().code()), TreeMap::new, Collectors.toList()));
        List<ListSection> lists = new ArrayList<>();
        for (var list : byList.entrySet()) {
            List<Entry> inList = list.getValue();
            String name = "REFERENCE".equals(inList.get(0).measure().list()) ? "供全省借鉴的改革举措" : "在全省复制推广的改革举措";
            Map<String, List<Entry>> byDomain = inList.stream().collect(Collectors.groupingBy(e -> e.measure().area(),
                    LinkedHashMap::new, Collectors.toList()));
            List<DomainSection> domains = new ArrayList<>();
            int n = 0;
            for (var domain : byDomain.entrySet()) {
                domains.add(new DomainSection("（" + numeral(++n) + "）" + domain.getKey() + "（" + domain.getValue().size() + "项）",
                        domain.getValue().stream().map(OfficialTable::row).toList()));
            }
            lists.add(new ListSection(numeral(list.getKey()) + "、" + name + "（" + inList.size() + "项）", domains));
        }
        return new OfficialTable(heading, lists, "数据截至" + asOf.getYear() + "年" + asOf.getMonthValue() + "月"
                + asOf.getDayOfMonth() + "日（根据已审核的工作进展报告生成）");
    }

    private static Row row(Entry e) {
        RegisteredMeasure m = e.measure();
        return new Row(m.code(), List.of(Integer.toString(Integer.parseInt(m.code().substring(m.code().indexOf('-') + 1))),
                m.title(), m.practice(), responsibility(m), numbered(m.workItems()), deadline(m),
                StatusRemark.of(m, e.official())));
    }

    /** "A牵头，B、C配合" — the phrasing the import reads back. */
    static String responsibility(RegisteredMeasure m) {
        String lead = names(m.leadUnits());
        if (m.cooperatingUnits().isEmpty()) {
            return m.leadUnits().size() == 1 ? lead : lead + "牵头";
        }
        return lead + "牵头，" + names(m.cooperatingUnits()) + "配合";
    }

    private static String names(List<RegisteredMeasure.Unit> units) {
        return units.stream().map(RegisteredMeasure.Unit::name).collect(Collectors.joining("、"));
    }

    private static String numbered(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            text.append(i == 0 ? "" : "\n").append(i + 1).append('.').append(items.get(i));
        }
        return text.toString();
    }

    private static String deadline(RegisteredMeasure m) {
        if (m.deadlineText() != null && !m.deadlineText().isBlank()) {
            return m.deadlineText();
        }
        if (m.ongoing()) {
            return "持续推进";
        }
        LocalDate date = m.deadlineDate();
        return date == null ? "" : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    private static int listNumber(String code) {
        return Integer.parseInt(code.substring(0, code.indexOf('-')));
    }

    /** 一…九十九 as the official tables write them; larger numbers in Arabic digits. */
    static String numeral(int n) {
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
