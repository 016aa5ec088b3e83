package org.reformhub.console.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.reformhub.console.backend.RegistryApi;
import org.reformhub.console.shell.Choice;

/**
 * What a report form draws: the measure's work items with the progress typed for each, its KPIs with the values, the
 * 需协调事项 rows and the units one may ask — every row refilled from what was typed, so a refused form keeps it.
 */
final class ReportFormView {

    /** How many 需协调事项 rows the form offers. */
    static final int SUPPORT_ROWS = 2;

    static final List<Choice> ITEM_STATES = List.of(new Choice("", "未填写"), new Choice("DONE", "已完成"),
            new Choice("IN_PROGRESS", "正在推进"), new Choice("NOT_STARTED", "未启动"));

    /** A work item (工作措施) as the form shows it: its text from the table and the progress typed for it. */
    record ItemRow(int number, String text, String state, String note) {
    }

    /** A KPI of the measure and the value typed for it. */
    record KpiRow(int number, String name, String unit, BigDecimal target, String value) {
    }

    /** A 需协调事项 row: the unit asked and what is asked of it. */
    record SupportRow(int number, String dept, String request) {
    }

    /** Everything the fields need to be drawn: rows filled from what was typed, the units one may ask. */
    record View(List<ItemRow> items, List<KpiRow> kpis, List<SupportRow> support, List<RegistryApi.Department> units,
                List<Choice> itemStates) {
    }

    static View view(Map<String, String> typed, List<String> workItems, List<RegistryApi.Kpi> kpis,
                     List<RegistryApi.Department> units) {
        List<ItemRow> items = new ArrayList<>();
        for (int n = 1; n <= workItems.size(); n++) {
            items.add(new ItemRow(n, workItems.get(n - 1), ReportForm.nonNull(typed.get("item-" + n + "-state")),
                    ReportForm.nonNull(typed.get("item-" + n + "-note"))));
        }
        List<KpiRow> kpiRows = new ArrayList<>();
        for (int n = 1; n <= kpis.size(); n++) {
            RegistryApi.Kpi kpi = kpis.get(n - 1);
            kpiRows.add(new KpiRow(n, kpi.name(), ReportForm.nonNull(kpi.unit()), kpi.target(), ReportForm.nonNull(typed.get("kpi-" + n))));
        }
        List<SupportRow> support = new ArrayList<>();
        for (int n = 1; n <= SUPPORT_ROWS; n++) {
            support.add(new SupportRow(n, ReportForm.nonNull(typed.get("support-" + n + "-dept")),
                    ReportForm.nonNull(typed.get("support-" + n + "-request"))));
        }
        return new View(items, kpiRows, support, units, ITEM_STATES);
    }

    private ReportFormView() {
    }
}
