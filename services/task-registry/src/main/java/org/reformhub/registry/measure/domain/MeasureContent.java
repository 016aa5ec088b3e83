package org.reformhub.registry.measure.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Everything about a measure that people edit or a table import sets. Compared field by field to
 * record history ("who changed what") and to tell an unchanged import from a changed one.
 */
public record MeasureContent(
        MeasureList list,
        String domain,
        String title,
        String practice,
        List<String> originPlaces,
        List<ResponsibleUnit> leadUnits,
        List<ResponsibleUnit> cooperatingUnits,
        List<String> workItems,
        Deadline deadline,
        String deadlineText,
        String remark,
        StatedStatus statedStatus,
        List<Kpi> kpis) {

    public MeasureContent {
        originPlaces = List.copyOf(originPlaces == null ? List.of() : originPlaces);
        leadUnits = List.copyOf(leadUnits == null ? List.of() : leadUnits);
        cooperatingUnits = List.copyOf(cooperatingUnits == null ? List.of() : cooperatingUnits);
        workItems = List.copyOf(workItems == null ? List.of() : workItems);
        kpis = List.copyOf(kpis == null ? List.of() : kpis);
        practice = practice == null ? "" : practice;
        remark = remark == null ? "" : remark;
        statedStatus = statedStatus == null ? StatedStatus.NOT_STATED : statedStatus;
        if (leadUnits.isEmpty()) {
            throw new IllegalArgumentException("a measure needs at least one lead unit");
        }
    }

    public record FieldChange(String field, Object from, Object to) {
    }

    private record Field(String name, Function<MeasureContent, Object> value) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field("list", MeasureContent::list),
            new Field("domain", MeasureContent::domain),
            new Field("title", MeasureContent::title),
            new Field("practice", MeasureContent::practice),
            new Field("originPlaces", MeasureContent::originPlaces),
            new Field("leadUnits", MeasureContent::leadUnits),
            new Field("cooperatingUnits", MeasureContent::cooperatingUnits),
            new Field("workItems", MeasureContent::workItems),
            new Field("deadline", MeasureContent::deadline),
            new Field("deadlineText", MeasureContent::deadlineText),
            new Field("remark", MeasureContent::remark),
            new Field("statedStatus", MeasureContent::statedStatus),
            new Field("kpis", MeasureContent::kpis));

    /** The fields whose value differs in {@code next}, in a fixed order. */
    public List<FieldChange> changesTo(MeasureContent next) {
        List<FieldChange> changes = new ArrayList<>();
        for (Field field : FIELDS) {
            Object from = field.value().apply(this);
            Object to = field.value().apply(next);
            if (!Objects.equals(from, to)) {
                changes.add(new FieldChange(field.name(), from, to));
            }
        }
        return changes;
    }

    /** A new measure's history entry: every field, from nothing. */
    public List<FieldChange> asInitialChanges() {
        List<FieldChange> changes = new ArrayList<>();
        for (Field field : FIELDS) {
            changes.add(new FieldChange(field.name(), null, field.value().apply(this)));
        }
        return changes;
    }

    /** Units' codes, lead and cooperating: who is responsible. */
    public List<String> departmentCodes() {
        List<String> codes = new ArrayList<>();
        leadUnits.forEach(u -> codes.add(u.code()));
        cooperatingUnits.forEach(u -> codes.add(u.code()));
        return codes;
    }
}
