package org.reformhub.registry.tasktable.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.reformhub.registry.department.domain.UnitNames;
import org.reformhub.registry.measure.domain.Kpi;
import org.reformhub.registry.measure.domain.MeasureContent;
import org.reformhub.registry.department.domain.ResponsibleUnit;

import static org.reformhub.registry.RegistryTexts.text;

/**
 * What importing a table would do, worked out without touching anything: which measures are created,
 * updated (and which fields) or left alone, which unknown units become departments to review. The dry
 * run shows it; the real run carries it out. KPIs are seeded from stated figures only when a measure is
 * created: after that they belong to the people who edit them.
 */
public final class ImportPlan {

    /** ARCHIVED: the programme has this code archived; an import never revives or edits it. */
    public enum Action { CREATE, UPDATE, UNCHANGED, ARCHIVED }

    public record PlannedMeasure(String code, Action action, MeasureContent content, List<String> changedFields) {
    }

    public record NewDepartment(String code, String name) {
    }

    public record Plan(List<PlannedMeasure> measures, List<NewDepartment> newDepartments, List<ImportWarning> warnings) {

        public long count(Action action) {
            return measures.stream().filter(m -> m.action() == action).count();
        }
    }

    private ImportPlan() {
    }

    /**
     * @param existing the programme's measures in force, by code
     * @param archived the programme's archived codes
     */
    public static Plan plan(ParsedTable table, UnitNames catalogue, Map<String, MeasureContent> existing,
                            Set<String> archived) {
        List<ImportWarning> warnings = new ArrayList<>(table.warnings());
        Map<String, NewDepartment> newDepartments = new LinkedHashMap<>();
        List<PlannedMeasure> planned = new ArrayList<>();
        for (ParsedMeasure parsed : table.measures()) {
            List<ResponsibleUnit> lead = units(parsed, parsed.leadUnitNames(), catalogue, newDepartments, warnings);
            List<ResponsibleUnit> cooperating = units(parsed, parsed.cooperatingUnitNames(), catalogue, newDepartments, warnings);
            MeasureContent before = existing.get(parsed.code());
            List<Kpi> kpis = before != null ? before.kpis() : kpisFrom(parsed);
            MeasureContent content = MeasureContent.builder().list(parsed.list()).area(parsed.domain())
                    .title(parsed.title()).practice(parsed.practice()).originPlaces(parsed.originPlaces())
                    .leadUnits(lead).cooperatingUnits(cooperating).workItems(parsed.workItems())
                    .deadline(parsed.deadline(), parsed.deadlineText()).remark(parsed.remark())
                    .statedStatus(parsed.statedStatus()).kpis(kpis).build();
            if (archived.contains(parsed.code())) {
                warnings.add(new ImportWarning(ImportWarning.Kind.ARCHIVED_MEASURE, parsed.code(),
                        text("import.warning.archived", parsed.code())));
                planned.add(new PlannedMeasure(parsed.code(), Action.ARCHIVED, content, List.of()));
            } else if (before == null) {
                planned.add(new PlannedMeasure(parsed.code(), Action.CREATE, content, List.of()));
            } else {
                List<String> changed = before.changesTo(content).stream().map(MeasureContent.FieldChange::field).toList();
                planned.add(new PlannedMeasure(parsed.code(), changed.isEmpty() ? Action.UNCHANGED : Action.UPDATE, content, changed));
            }
        }
        return new Plan(List.copyOf(planned), List.copyOf(newDepartments.values()), List.copyOf(warnings));
    }

    private static List<ResponsibleUnit> units(ParsedMeasure measure, List<String> names, UnitNames catalogue,
                                               Map<String, NewDepartment> newDepartments, List<ImportWarning> warnings) {
        List<ResponsibleUnit> units = new ArrayList<>();
        for (String name : names) {
            var known = catalogue.codeOf(name);
            if (known.isPresent()) {
                units.add(new ResponsibleUnit(known.get(), catalogue.officialName(known.get())));
                continue;
            }
            String code = UnitNames.provisionalCode(name);
            if (!newDepartments.containsKey(code)) {
                newDepartments.put(code, new NewDepartment(code, name));
                warnings.add(new ImportWarning(ImportWarning.Kind.UNKNOWN_UNIT, measure.code(),
                        text("import.warning.unknown-unit", name, code)));
            }
            units.add(new ResponsibleUnit(code, name));
        }
        return units;
    }

    /** The targets the row states, in its work items and its remark (the same target stated twice counts once). */
    private static List<Kpi> kpisFrom(ParsedMeasure parsed) {
        List<Kpi> kpis = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        java.util.stream.Stream.concat(parsed.workItems().stream(), java.util.stream.Stream.ofNullable(parsed.remark()))
                .flatMap(text -> StatedTargets.read(text).stream())
                .filter(k -> seen.add(k.name() + "|" + k.unit() + "|" + k.target().stripTrailingZeros().toPlainString()))
                .limit(20).forEach(kpis::add);
        return kpis;
    }
}
