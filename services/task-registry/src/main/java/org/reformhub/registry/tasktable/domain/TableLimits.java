package org.reformhub.registry.tasktable.domain;

import java.util.ArrayList;
import java.util.List;

import org.reformhub.registry.measure.domain.MeasureLimits;

import static org.reformhub.registry.RegistryTexts.text;

/** A table's cells must fit what a measure may hold, as the API's would; otherwise the table is refused. */
final class TableLimits {

    private TableLimits() {
    }

    static List<String> violations(ParsedMeasure m) {
        List<String> errors = new ArrayList<>();
        tooLong(errors, m, "改革措施", m.title(), MeasureLimits.TITLE);
        tooLong(errors, m, "领域", m.domain(), MeasureLimits.AREA);
        tooLong(errors, m, "主要做法", m.practice(), MeasureLimits.PRACTICE);
        tooLong(errors, m, "备注", m.remark(), MeasureLimits.REMARK);
        tooLong(errors, m, "完成时限", m.deadlineText(), MeasureLimits.DEADLINE_TEXT);
        m.workItems().forEach(item -> tooLong(errors, m, "工作措施", item, MeasureLimits.WORK_ITEM));
        m.leadUnitNames().forEach(name -> tooLong(errors, m, "责任单位", name, MeasureLimits.UNIT_NAME));
        m.cooperatingUnitNames().forEach(name -> tooLong(errors, m, "责任单位", name, MeasureLimits.UNIT_NAME));
        tooMany(errors, m, "工作措施", m.workItems().size(), MeasureLimits.WORK_ITEMS);
        tooMany(errors, m, "牵头单位", m.leadUnitNames().size(), MeasureLimits.LEAD_UNITS);
        tooMany(errors, m, "配合单位", m.cooperatingUnitNames().size(), MeasureLimits.COOPERATING_UNITS);
        tooMany(errors, m, "做法来源地", m.originPlaces().size(), MeasureLimits.ORIGIN_PLACES);
        return errors;
    }

    private static void tooLong(List<String> errors, ParsedMeasure m, String cell, String text, int max) {
        if (text != null && text.length() > max) {
            errors.add(text("import.cell-over-limit", m.code(), m.source(), cell, text.length(), max));
        }
    }

    private static void tooMany(List<String> errors, ParsedMeasure m, String what, int count, int max) {
        if (count > max) {
            errors.add(text("import.count-over-limit", m.code(), m.source(), what, count, max));
        }
    }
}
