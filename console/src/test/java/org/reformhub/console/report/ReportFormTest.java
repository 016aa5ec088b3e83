package org.reformhub.console.report;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;

import org.jboss.resteasy.reactive.server.multipart.FileItem;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.junit.jupiter.api.Test;

import org.reformhub.console.backend.ProgressApi;
import org.reformhub.console.backend.RegistryApi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportFormTest {

    static final List<RegistryApi.Kpi> KPIS = List.of(new RegistryApi.Kpi("联办主题数", "个", null, new BigDecimal("20")),
            new RegistryApi.Kpi("材料精简比例", "%", null, null));

    @Test
    void a_filled_form_becomes_the_report_the_service_takes() throws Exception {
        ReportForm form = posted(Map.of("claimedStatus", "IN_PROGRESS", "narrative", " 已上线 ", "item-1-state", "DONE",
                "item-1-note", "69 个主题", "item-2-state", "", "kpi-1", "１,２００", "support-1-dept", "zrzy",
                "support-1-request", "提供用地数据", "intent", "draft"));

        assertTrue(form.problems(2, KPIS).isEmpty());
        ProgressApi.Content content = form.content(2, KPIS);
        assertEquals("已上线", content.narrative());
        assertEquals(List.of(new ProgressApi.WorkItem(1, "DONE", "69 个主题")), content.workItems(), "an item left 未填写 is not sent");
        assertEquals(List.of(new ProgressApi.KpiValue("联办主题数", new BigDecimal("1200"))), content.kpis(),
                "full-width digits and separators are read as a person means them");
        assertEquals(List.of(new ProgressApi.SupportAsked("zrzy", "提供用地数据")), content.supportNeeded());
        assertEquals(false, form.submits());
    }

    @Test
    void what_the_console_can_see_is_wrong_is_refused_beside_its_field() throws Exception {
        ReportForm form = posted(Map.of("item-2-note", "说明但没有进度", "kpi-2", "九十", "support-2-request", "请协调",
                "support-1-dept", "zjj"));

        Map<String, String> problems = form.problems(2, KPIS);

        assertEquals(List.of("item-2-state", "kpi-2", "support-1-request", "support-2-dept"), List.copyOf(problems.keySet()));
        assertEquals("九十", form.typed().get("kpi-2"), "what was typed is kept");
        assertTrue(form.submits(), "without a choice the form submits");
    }

    @Test
    void a_services_refusal_of_a_list_entry_is_shown_on_that_list() {
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("value", "不能大于 1e15");
        errors.put("kpis", "指标重复");
        errors.put("note", "过长");
        errors.put("narrative", "过长");

        Map<String, String> shown = ReportForm.shownErrors(errors);

        assertEquals(Map.of("kpis", "不能大于 1e15", "workItems", "过长", "narrative", "过长"), shown);
    }

    @Test
    void a_saved_report_fills_the_form_it_is_fixed_in() {
        ProgressApi.Report report = new ProgressApi.Report(null, "p", "1-01", "zwsj", "CONSOLIDATED", "2026-12", null,
                "RETURNED", "COMPLETED", "已完成", List.of(new ProgressApi.WorkItem(2, "DONE", "上线")),
                List.of(new ProgressApi.KpiValue("材料精简比例", new BigDecimal("30.5"))), null,
                List.of(new ProgressApi.Support("zrzy", "数据", null, null, null)), null, List.of(), "补充清单", 1, null, null, null, List.of(), 3);

        Map<String, String> typed = ReportForm.typedOf(report, KPIS);
        ReportFormView.View view = ReportFormView.view(typed, List.of("第一项", "第二项"), KPIS, List.of());

        assertEquals("DONE", view.items().get(1).state());
        assertEquals("", view.items().get(0).state());
        assertEquals("30.5", view.kpis().get(1).value());
        assertEquals("zrzy", view.support().get(0).dept());
        assertEquals(ReportFormView.SUPPORT_ROWS, view.support().size());
    }

    @Test
    void numbers_out_of_the_services_range_are_not_numbers() {
        assertNull(ReportForm.number("1e16"));
        assertNull(ReportForm.number("abc"));
        assertEquals(new BigDecimal("98.5"), ReportForm.number(" 98.5 "));
    }

    private static ReportForm posted(Map<String, String> fields) throws Exception {
        Map<String, Collection<FormValue>> values = new LinkedHashMap<>();
        fields.forEach((name, value) -> values.put(name, List.of(text(value))));
        return ReportForm.read(() -> values);
    }

    private static FormValue text(String value) {
        return new FormValue() {
            public String getValue() {
                return value;
            }

            public String getCharset() {
                return "UTF-8";
            }

            public FileItem getFileItem() {
                return null;
            }

            public boolean isFileItem() {
                return false;
            }

            public String getFileName() {
                return null;
            }

            public MultivaluedMap<String, String> getHeaders() {
                return null;
            }
        };
    }
}
