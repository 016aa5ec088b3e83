package org.reformhub.registry.tasktable.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.reformhub.registry.department.domain.DepartmentKind;
import org.reformhub.registry.department.domain.DepartmentSnapshot;
import org.reformhub.registry.department.domain.UnitNames;
import org.reformhub.registry.measure.domain.Kpi;
import org.reformhub.registry.measure.domain.MeasureContent;

/** What an import would do, decided without a database. */
class ImportPlanTest {

    static final UnitNames CATALOGUE = new UnitNames(List.of(
            new DepartmentSnapshot("swj", "国家税务总局珠海市税务局", List.of("珠海税务局"), DepartmentKind.VERTICAL_AGENCY,
                    null, null, false, null, 0),
            new DepartmentSnapshot("old-tax", "珠海市地税局", List.of(), DepartmentKind.VERTICAL_AGENCY, null, null, false,
                    "swj", 0)));

    static ParsedTable table(String unit, String remark) {
        return TaskTableReader.read(TaskTableText.rows(String.join("\n", "一、在全省复制推广的改革举措", "\t（一）缴纳税费",
                "\t1", "\t办税事项“一次不用跑”", "\t横琴试点。", "\t" + unit, "\t1.扩大清单。", "\t2020年12月", "\t" + remark)));
    }

    @Test
    void a_new_measure_is_created_with_units_matched_by_alias_and_kpis_from_its_figures() {
        ImportPlan.Plan plan = ImportPlan.plan(table("珠海税务局", "正在推进。清单由128项增加至189项。"), CATALOGUE, Map.of(), Set.of());

        ImportPlan.PlannedMeasure measure = plan.measures().get(0);
        assertEquals(ImportPlan.Action.CREATE, measure.action());
        assertEquals("swj", measure.content().leadUnits().get(0).code());
        assertEquals("国家税务总局珠海市税务局", measure.content().leadUnits().get(0).name());
        assertEquals(List.of(new Kpi("清单", "项", new BigDecimal("128"), new BigDecimal("189"))), measure.content().kpis());
        assertEquals(List.of(), plan.newDepartments());
    }

    @Test
    void a_merged_department_name_resolves_to_its_survivor() {
        ImportPlan.Plan plan = ImportPlan.plan(table("珠海市地税局", ""), CATALOGUE, Map.of(), Set.of());
        assertEquals("swj", plan.measures().get(0).content().leadUnits().get(0).code());
    }

    @Test
    void an_unknown_unit_becomes_one_department_to_review_with_a_stable_code() {
        ImportPlan.Plan first = ImportPlan.plan(table("市海洋局牵头，市海洋局配合", ""), CATALOGUE, Map.of(), Set.of());
        ImportPlan.Plan second = ImportPlan.plan(table("市海洋局", ""), CATALOGUE, Map.of(), Set.of());

        assertEquals(1, first.newDepartments().size());
        assertEquals(first.newDepartments(), second.newDepartments());
        assertEquals(ImportWarning.Kind.UNKNOWN_UNIT, first.warnings().get(0).kind());
    }

    @Test
    void the_same_table_again_is_unchanged_and_an_edit_is_an_update_that_keeps_edited_kpis() {
        ImportPlan.Plan created = ImportPlan.plan(table("珠海税务局", "正在推进。清单由128项增加至189项。"), CATALOGUE, Map.of(), Set.of());
        MeasureContent stored = created.measures().get(0).content();
        MeasureContent edited = stored.toBuilder()
                .kpis(List.of(new Kpi("清单事项", "项", new BigDecimal("128"), new BigDecimal("200")))).build();

        ImportPlan.Plan again = ImportPlan.plan(table("珠海税务局", "正在推进。清单由128项增加至189项。"), CATALOGUE,
                Map.of("1-01", edited), Set.of());
        ImportPlan.Plan changed = ImportPlan.plan(table("珠海税务局", "已完成。"), CATALOGUE, Map.of("1-01", edited), Set.of());

        assertEquals(ImportPlan.Action.UNCHANGED, again.measures().get(0).action());
        assertEquals(ImportPlan.Action.UPDATE, changed.measures().get(0).action());
        assertEquals(List.of("remark", "statedStatus"), changed.measures().get(0).changedFields());
        assertEquals(edited.kpis(), changed.measures().get(0).content().kpis());
    }
}
