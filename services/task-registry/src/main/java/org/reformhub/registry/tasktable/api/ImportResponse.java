package org.reformhub.registry.tasktable.api;

import java.util.List;

import org.reformhub.registry.measure.api.MeasureResponse;
import org.reformhub.registry.measure.domain.MeasureContent;
import org.reformhub.registry.tasktable.application.ImportTaskTable;
import org.reformhub.registry.tasktable.domain.ImportPlan;

/** What an import did, or a dry run would do: the API's own record, mapped from the import report. */
public record ImportResponse(boolean dryRun, Programme programme, long created, long updated, long unchanged,
                             List<PlannedMeasure> measures, List<NewDepartment> newDepartments, List<Warning> warnings) {

    /** The programme the table goes into; {@code action} CREATE when this import creates it. */
    public record Programme(String code, String title, String action) {
    }

    /** One row of the table and what happens to it: CREATE, UPDATE (with the fields), UNCHANGED, ARCHIVED. */
    public record PlannedMeasure(String code, String action, List<String> changedFields, String list, String domain,
                                 String title, String practice, List<String> originPlaces, List<MeasureResponse.Unit> leadUnits,
                                 List<MeasureResponse.Unit> cooperatingUnits, List<String> workItems,
                                 MeasureResponse.Deadline deadline, String deadlineText, String remark,
                                 String statedStatus, List<MeasureResponse.KpiValue> kpis) {
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
                MeasureResponse.units(c.leadUnits()), MeasureResponse.units(c.cooperatingUnits()), c.workItems(),
                MeasureResponse.deadline(c), c.deadlineText(), c.remark(), c.statedStatus().name(), MeasureResponse.kpis(c));
    }
}
