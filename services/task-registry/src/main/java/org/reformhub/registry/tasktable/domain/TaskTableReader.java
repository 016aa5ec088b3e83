package org.reformhub.registry.tasktable.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.reformhub.registry.measure.domain.Deadline;
import org.reformhub.registry.measure.domain.MeasureLimits;
import org.reformhub.registry.measure.domain.MeasureList;

import static org.reformhub.registry.RegistryTexts.text;

/**
 * Turns rows of cells (from a text export, a .docx or an .xlsx) into measures. List headers
 * ("一、在全省复制推广的改革举措（11项）") set the list, domain headers ("（二）办理建筑许可") the domain;
 * a data row is 序号, 改革措施, 主要做法, 责任单位, 工作措施, 完成时限, 备注.
 */
public final class TaskTableReader {

    static final int CELLS = 7;
    private static final String CHINESE_DIGITS = "一二三四五六七八九十";
    private static final Pattern LIST_HEADER = Pattern.compile("^([一二三四五六七八九十]+|\\d{1,7})、(.+)$");
    private static final Pattern DOMAIN_HEADER = Pattern.compile("^[（(]([一二三四五六七八九十]+)[）)]\\s*(.+?)\\s*(?:[（(]\\d+\\s*项[）)])?$");
    private static final Pattern SEQUENCE = Pattern.compile("^\\d{1,3}$");
    private static final Pattern ATTACHMENT = Pattern.compile("^附件\\s*\\d*[:：]?$");

    private TaskTableReader() {
    }

    public static boolean isDomainHeader(String cell) {
        return DOMAIN_HEADER.matcher(cell.strip()).matches();
    }

    public static ParsedTable read(List<RawRow> rows) {
        List<ParsedMeasure> measures = new ArrayList<>();
        List<ImportWarning> warnings = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        int listNumber = 0;
        MeasureList list = null;
        String domain = null;
        for (RawRow row : rows) {
            String first = row.first();
            long filled = row.cells().stream().filter(c -> !c.isBlank()).count();
            if (filled <= 1 && !SEQUENCE.matcher(first).matches()) {
                Matcher listHeader = LIST_HEADER.matcher(first);
                Matcher domainHeader = DOMAIN_HEADER.matcher(first);
                if (listHeader.matches()) {
                    listNumber = chineseNumber(listHeader.group(1));
                    list = listHeader.group(2).contains("借鉴") ? MeasureList.REFERENCE : MeasureList.REPLICATE;
                    domain = null;
                } else if (domainHeader.matches()) {
                    domain = domainHeader.group(2);
                }
                continue;
            }
            if (first.equals("序号")) {
                continue;
            }
            if (!SEQUENCE.matcher(first).matches()) {
                warnings.add(new ImportWarning(ImportWarning.Kind.MISSING_CELLS, text("import.where-row", row.source()),
                        text("import.warning.no-sequence", abbreviate(first))));
                continue;
            }
            int sequence = Integer.parseInt(first);
            if (list == null) {
                list = MeasureList.REPLICATE;
                listNumber = 1;
                warnings.add(new ImportWarning(ImportWarning.Kind.ROW_OUTSIDE_SECTION, text("import.where-row", row.source()),
                        text("import.warning.no-list-header")));
            }
            String code = listNumber + "-" + String.format("%02d", sequence);
            if (row.cells().size() < CELLS - 1) {
                errors.add(text("import.too-few-cells", code, row.source(), row.cells().size(), CELLS));
                continue;
            }
            if (row.cells().size() == CELLS - 1) {
                warnings.add(new ImportWarning(ImportWarning.Kind.MISSING_CELLS, code,
                        text("import.warning.six-cells")));
            } else if (row.cells().size() > CELLS) {
                warnings.add(new ImportWarning(ImportWarning.Kind.MISSING_CELLS, code,
                        text("import.warning.extra-cells", row.cells().size())));
            }
            if (!codes.add(code)) {
                errors.add(text("import.code-twice", code, row.source()));
                continue;
            }
            if (domain == null) {
                warnings.add(new ImportWarning(ImportWarning.Kind.ROW_OUTSIDE_SECTION, code, text("import.warning.no-domain-header")));
            }
            ParsedMeasure measure = measure(code, list, domain == null ? "" : domain, sequence, row, warnings);
            errors.addAll(TableLimits.violations(measure));
            measures.add(measure);
        }
        if (measures.size() > MeasureLimits.MEASURES_PER_TABLE) {
            errors.add(text("import.too-many-measures", measures.size(), MeasureLimits.MEASURES_PER_TABLE));
        }
        if (measures.isEmpty() && errors.isEmpty()) {
            errors.add(text("import.no-measures"));
        }
        return new ParsedTable(heading(rows), List.copyOf(measures), List.copyOf(warnings), List.copyOf(errors));
    }

    private static ParsedMeasure measure(String code, MeasureList list, String domain, int sequence, RawRow row,
                                         List<ImportWarning> warnings) {
        List<String> cells = row.cells();
        String title = clean(cells.get(1));
        String practice = clean(cells.get(2));
        ResponsibleUnits.Split units = ResponsibleUnits.split(cells.get(3));
        List<String> workItems = WorkItems.split(cells.get(4));
        String deadlineText = clean(cells.get(5));
        String remark = cells.size() > 6 ? clean(cells.get(6)) : "";
        Optional<Deadline> deadline = Deadlines.read(deadlineText);
        if (deadline.isEmpty()) {
            warnings.add(new ImportWarning(ImportWarning.Kind.UNREADABLE_DEADLINE, code,
                    text("import.warning.unreadable-deadline", deadlineText)));
        }
        if (workItems.isEmpty()) {
            warnings.add(new ImportWarning(ImportWarning.Kind.NO_WORK_ITEMS, code, text("import.warning.no-work-items")));
        }
        return new ParsedMeasure(code, list, domain, sequence, title, practice, OriginPlaces.find(practice), units.lead(),
                units.cooperating(), workItems, deadline.orElse(null), deadlineText, remark, Remarks.status(remark),
                Remarks.figures(remark), row.source());
    }

    /**
     * The table's title: the one-cell rows above the first list header or table row, without the
     * attachment number ("附件2"); a title broken over lines is joined (Chinese has no spaces between them).
     */
    static Optional<String> heading(List<RawRow> rows) {
        StringBuilder heading = new StringBuilder();
        for (RawRow row : rows) {
            String text = row.first();
            if (row.cells().size() != 1 || LIST_HEADER.matcher(text).matches() || DOMAIN_HEADER.matcher(text).matches()
                    || SEQUENCE.matcher(text).matches() || text.equals("序号")) {
                break;
            }
            if (!ATTACHMENT.matcher(text).matches()) {
                heading.append(text);
            }
        }
        String title = heading.toString().strip();
        return title.isEmpty() || title.length() > 300 ? Optional.empty() : Optional.of(title);
    }

    /** Paragraphs kept, spaces around them and blank lines dropped. */
    static String clean(String cell) {
        List<String> paragraphs = new ArrayList<>();
        for (String line : cell.split("\n")) {
            if (!line.isBlank()) {
                paragraphs.add(line.strip());
            }
        }
        return String.join("\n", paragraphs);
    }

    private static int chineseNumber(String text) {
        if (text.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(text);
        }
        if (text.length() == 1) {
            return CHINESE_DIGITS.indexOf(text.charAt(0)) + 1;
        }
        int tens = text.charAt(0) == '十' ? 1 : CHINESE_DIGITS.indexOf(text.charAt(0)) + 1;
        int units = text.endsWith("十") ? 0 : CHINESE_DIGITS.indexOf(text.charAt(text.length() - 1)) + 1;
        return tens * 10 + units;
    }

    private static String abbreviate(String text) {
        return text.length() <= 30 ? text : text.substring(0, 30) + "…";
    }
}
