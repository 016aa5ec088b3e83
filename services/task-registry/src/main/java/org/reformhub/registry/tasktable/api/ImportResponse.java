package org.reformhub.registry.tasktable.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.reformhub.registry.measure.domain.MeasureContent;
import org.reformhub.registry.tasktable.application.ImportTaskTable;
import org.reformhub.registry.tasktable.domain.ImportPlan;

/** What an import did, or a dry run would do: the API's own record, mapped from the import report. */
public record ImportResponse(boolean dryRun, Programme programme, long created, long updated, long unchanged,
                             List<PlannedMeasure> measures, List<NewDepartment> newDepartments, List<Warning> warnings) {

    /** The programme the table goes into; {@code action} CREATE when this import creates it. */
    public record Programme(String code, String title, String action) {
    }

    public record Unit(String code, String name) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Deadline(String kind, LocalDate date) {
    }

    public record KpiValue(String name, String unit, BigDecimal baseline, BigDecimal target,
                           org.reformhub.registry.measure.domain.Kpi.Direction direction) {
    }

    /** One row of the table and what happens to it: CREATE, UPDATE (with the fields), UNCHANGED, ARCHIVED. */
    public record PlannedMeasure(String code, String action, List<String> changedFields, String list, String domain,
                                 String title, String practice, List<String> originPlaces, List<Unit> leadUnits,
                                 List<Unit> cooperatingUnits, List<String> workItems, Deadline deadline,
                                 String deadlineText, String remark, String statedStatus, List<KpiValue> kpis) {
    }

    public record NewDepartment(String code, String name) {
    }

    public record Warning(String kind, String where, String message) {
    }

    static ImportResponse of(ImportTaskTable.Report report) {
        return new ImportResponse(report.dryRun(),
                new Programme(report.programme(), report.programmeTitle(), report.programmeAction().name()),
                report.created(), report.updated(), report.unchanged(),
                report.measures().stream().map(ImportResponse::planned).toList(),
                report.newDepartments().stream().map(d -> new NewDepartment(d.code(), d.name())).toList(),
                report.warnings().stream().limit(org.reformhub.kernel.api.ApiLimits.LIST_MAX)
                        .map(w -> new Warning(w.kind().name(), w.where(), w.message())).toList());
    }

    private static PlannedMeasure planned(ImportPlan.PlannedMeasure planned) {
        MeasureContent c = planned.content();
        return new PlannedMeasure(planned.code(), planned.action().name(), planned.changedFields(), c.list().name(),
                c.area(), c.title(), c.practice(), c.originPlaces(),
                c.leadUnits().stream().map(u -> new Unit(u.code(), u.name())).toList(),
                c.cooperatingUnits().stream().map(u -> new Unit(u.code(), u.name())).toList(), c.workItems(),
                c.deadline() == null ? null : new Deadline(c.deadline().kind().name(), c.deadline().date()),
                c.deadlineText(), c.remark(), c.statedStatus().name(),
                c.kpis().stream().map(k -> new KpiValue(k.name(), k.unit(), k.baseline(), k.target(), k.direction())).toList());
    }
}
