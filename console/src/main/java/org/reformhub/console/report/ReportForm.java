package org.reformhub.console.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

import org.reformhub.console.backend.ProgressApi;
import org.reformhub.console.backend.RegistryApi;
import org.reformhub.console.shell.Forms;
import org.reformhub.console.shell.Uploads;

/**
 * The report form, the same for a new report and for a draft or returned one: 工作状态, 进展情况, each numbered work
 * item's progress (工作措施), the measure's KPI values, 存在问题, 需协调事项, 下步计划 and a 佐证材料 file. It has as many
 * work-item and KPI fields as the measure has, so it is read from the posted parts by name; every field is kept as
 * typed, and what the console can see is wrong (a KPI that is not a number, a half-filled row) is refused beside
 * its field before anything is sent.
 */
final class ReportForm {

    

    /** The error summary's words for each field. */
    static final Map<String, String> LABELS = labels();

    private final Map<String, String> typed;
    private final Uploads.Outcome file;

    private ReportForm(Map<String, String> typed, Uploads.Outcome file) {
        this.typed = typed;
        this.file = file;
    }

    static ReportForm read(MultipartFormDataInput input) throws IOException {
        Map<String, String> typed = new HashMap<>();
        Uploads.Outcome file = new Uploads.Outcome(null, null);
        for (Map.Entry<String, Collection<FormValue>> field : input.getValues().entrySet()) {
            for (FormValue value : field.getValue()) {
                if (value.isFileItem()) {
                    if ("file".equals(field.getKey())) {
                        file = Uploads.take(value);
                    }
                } else if (value.getValue() != null && value.getValue().length() <= 10_000) {
                    typed.putIfAbsent(field.getKey(), value.getValue());
                }
            }
        }
        return new ReportForm(typed, file);
    }

    /** A saved report's content as the form's fields, for fixing it. */
    static Map<String, String> typedOf(ProgressApi.Report report, List<RegistryApi.Kpi> kpis) {
        Map<String, String> typed = new HashMap<>();
        typed.put("claimedStatus", report.claimedStatus());
        typed.put("narrative", nonNull(report.narrative()));
        typed.put("problems", nonNull(report.problems()));
        typed.put("nextSteps", nonNull(report.nextSteps()));
        for (ProgressApi.WorkItem item : nonNull(report.workItems())) {
            typed.put("item-" + item.item() + "-state", item.state());
            typed.put("item-" + item.item() + "-note", nonNull(item.note()));
        }
        for (ProgressApi.KpiValue value : nonNull(report.kpis())) {
            for (int i = 0; i < kpis.size(); i++) {
                if (kpis.get(i).name().equals(value.name()) && value.value() != null) {
                    typed.put("kpi-" + (i + 1), value.value().toPlainString());
                }
            }
        }
        List<ProgressApi.Support> support = nonNull(report.supportNeeded());
        for (int i = 0; i < Math.min(ReportFormView.SUPPORT_ROWS, support.size()); i++) {
            typed.put("support-" + (i + 1) + "-dept", support.get(i).dept());
            typed.put("support-" + (i + 1) + "-request", support.get(i).request());
        }
        return typed;
    }

    Map<String, String> typed() {
        return typed;
    }

    String get(String field) {
        return typed.get(field);
    }

    /** 提交 (or the lead's 签发) rather than 保存草稿. */
    boolean submits() {
        return !"draft".equals(typed.get("intent"));
    }

    /** The report's version the form was drawn from; the service refuses a stale one (-1 when missing). */
    long version() {
        try {
            return Long.parseLong(typed.getOrDefault("version", "").strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    Uploads.Chosen file() {
        return file.file();
    }

    /** What is wrong before the service is asked, by field; empty when the form can be sent. */
    Map<String, String> problems(int workItems, List<RegistryApi.Kpi> kpis) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (int n = 1; n <= workItems; n++) {
            if (blank("item-" + n + "-state") && !blank("item-" + n + "-note")) {
                problems.put("item-" + n + "-state", "请选择第 " + n + " 项工作措施的进度，或清空它的说明");
            }
        }
        for (int n = 1; n <= kpis.size(); n++) {
            if (!blank("kpi-" + n) && number(typed.get("kpi-" + n)) == null) {
                problems.put("kpi-" + n, "请填写数字，如 189 或 98.5");
            }
        }
        for (int n = 1; n <= ReportFormView.SUPPORT_ROWS; n++) {
            boolean dept = !blank("support-" + n + "-dept");
            boolean request = !blank("support-" + n + "-request");
            if (dept && !request) {
                problems.put("support-" + n + "-request", "请写明需要该单位协调的事项");
            } else if (request && !dept) {
                problems.put("support-" + n + "-dept", "请选择需要协调的单位");
            }
        }
        if (file.problem() != null) {
            problems.put("file", file.problem());
        }
        return problems;
    }

    /** The content to send, read only once {@link #problems} found nothing. */
    ProgressApi.Content content(int workItems, List<RegistryApi.Kpi> kpis) {
        List<ProgressApi.WorkItem> items = new ArrayList<>();
        for (int n = 1; n <= workItems; n++) {
            if (!blank("item-" + n + "-state")) {
                items.add(new ProgressApi.WorkItem(n, typed.get("item-" + n + "-state"),
                        nonNull(Forms.blankToNull(typed.get("item-" + n + "-note")))));
            }
        }
        List<ProgressApi.KpiValue> values = new ArrayList<>();
        for (int n = 1; n <= kpis.size(); n++) {
            if (!blank("kpi-" + n)) {
                values.add(new ProgressApi.KpiValue(kpis.get(n - 1).name(), number(typed.get("kpi-" + n))));
            }
        }
        List<ProgressApi.SupportAsked> support = new ArrayList<>();
        for (int n = 1; n <= ReportFormView.SUPPORT_ROWS; n++) {
            if (!blank("support-" + n + "-dept")) {
                support.add(new ProgressApi.SupportAsked(typed.get("support-" + n + "-dept").strip(),
                        typed.get("support-" + n + "-request").strip()));
            }
        }
        return new ProgressApi.Content(Forms.blankToNull(typed.get("claimedStatus")), Forms.blankToNull(typed.get("narrative")),
                items, values, Forms.blankToNull(typed.get("problems")), support, Forms.blankToNull(typed.get("nextSteps")));
    }

    /**
     * The service names a wrong list entry by its leaf ("value", "note", "dept") or by the list ("kpis"): either is
     * shown on the list's own group of fields.
     */
    static Map<String, String> shownErrors(Map<String, String> errors) {
        Map<String, String> shown = new LinkedHashMap<>();
        errors.forEach((field, message) -> shown.putIfAbsent(switch (field) {
            case "workItems", "item", "state", "note" -> "workItems";
            case "kpis", "name", "value" -> "kpis";
            case "supportNeeded", "dept", "request" -> "supportNeeded";
            default -> field;
        }, message));
        return shown;
    }

    private boolean blank(String field) {
        return typed.get(field) == null || typed.get(field).isBlank();
    }

    /** A number as people type it: full-width digits and thousands separators are taken. */
    static BigDecimal number(String text) {
        String plain = java.text.Normalizer.normalize(text.strip(), java.text.Normalizer.Form.NFKC).replace(",", "");
        try {
            BigDecimal value = new BigDecimal(plain);
            return value.abs().compareTo(new BigDecimal("1e15")) > 0 ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String nonNull(String text) {
        return text == null ? "" : text;
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new HashMap<>(Map.of("period", "报告期", "claimedStatus", "工作状态", "narrative", "工作进展",
                "workItems", "工作措施进度", "kpis", "指标", "problems", "存在问题", "supportNeeded", "需协调事项",
                "nextSteps", "下步计划", "file", "佐证材料"));
        for (int n = 1; n <= 50; n++) {
            labels.put("item-" + n + "-state", "第 " + n + " 项工作措施");
            labels.put("kpi-" + n, "指标 " + n);
        }
        for (int n = 1; n <= ReportFormView.SUPPORT_ROWS; n++) {
            labels.put("support-" + n + "-dept", "需协调事项 " + n + " 的单位");
            labels.put("support-" + n + "-request", "需协调事项 " + n);
        }
        return Map.copyOf(labels);
    }
}
