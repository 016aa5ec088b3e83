package org.reformhub.registry.measure.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import static org.reformhub.registry.RegistryTexts.text;
import org.reformhub.registry.department.domain.ResponsibleUnit;

/**
 * Everything about a measure that people edit or a table import sets. Compared field by field to
 * record history ("who changed what") and to tell an unchanged import from a changed one. Build one with
 * {@link #builder()}, change one with {@link #toBuilder()}.
 */
public record MeasureContent(
        MeasureList list,
        String area,
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
            throw new IllegalArgumentException(text("measure.needs-lead-unit"));
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().list(list).area(area).title(title).practice(practice).originPlaces(originPlaces)
                .leadUnits(leadUnits).cooperatingUnits(cooperatingUnits).workItems(workItems)
                .deadline(deadline, deadlineText).remark(remark).statedStatus(statedStatus).kpis(kpis);
    }

    public record FieldChange(String field, Object from, Object to) {
    }

    private record Field(String name, Function<MeasureContent, Object> value) {
    }

    /** History names fields as callers know them (the API's {@code domain} is the area, 领域). */
    private static final List<Field> FIELDS = List.of(
            new Field("list", MeasureContent::list),
            new Field("domain", MeasureContent::area),
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

    /**
     * This content with one department replaced by another (a merge in the catalogue). A unit that would
     * then be both lead and cooperating stays lead only.
     */
    public MeasureContent withUnitReplaced(String departmentCode, ResponsibleUnit replacement) {
        List<ResponsibleUnit> lead = replace(leadUnits, departmentCode, replacement);
        List<ResponsibleUnit> cooperating = replace(cooperatingUnits, departmentCode, replacement);
        cooperating.removeAll(lead);
        return toBuilder().leadUnits(lead).cooperatingUnits(cooperating).build();
    }

    private static List<ResponsibleUnit> replace(List<ResponsibleUnit> units, String code, ResponsibleUnit replacement) {
        List<ResponsibleUnit> result = new ArrayList<>();
        for (ResponsibleUnit unit : units) {
            ResponsibleUnit next = unit.code().equals(code) ? replacement : unit;
            if (!result.contains(next)) {
                result.add(next);
            }
        }
        return result;
    }

    /** Readable construction: name each field you set; unset lists are empty, unset texts blank. */
    public static final class Builder {
        private MeasureList list;
        private String area;
        private String title;
        private String practice;
        private List<String> originPlaces;
        private List<ResponsibleUnit> leadUnits;
        private List<ResponsibleUnit> cooperatingUnits;
        private List<String> workItems;
        private Deadline deadline;
        private String deadlineText;
        private String remark;
        private StatedStatus statedStatus;
        private List<Kpi> kpis;

        private Builder() {
        }

        public Builder list(MeasureList value) { list = value; return this; }
        public Builder area(String value) { area = value; return this; }
        public Builder title(String value) { title = value; return this; }
        public Builder practice(String value) { practice = value; return this; }
        public Builder originPlaces(List<String> value) { originPlaces = value; return this; }
        public Builder leadUnits(List<ResponsibleUnit> value) { leadUnits = value; return this; }
        public Builder cooperatingUnits(List<ResponsibleUnit> value) { cooperatingUnits = value; return this; }
        public Builder workItems(List<String> value) { workItems = value; return this; }
        /** The deadline as read, and the table's words for it (null when set through the API). */
        public Builder deadline(Deadline value, String text) { deadline = value; deadlineText = text; return this; }
        public Builder remark(String value) { remark = value; return this; }
        public Builder statedStatus(StatedStatus value) { statedStatus = value; return this; }
        public Builder kpis(List<Kpi> value) { kpis = value; return this; }

        public MeasureContent build() {
            return new MeasureContent(list, area, title, practice, originPlaces, leadUnits, cooperatingUnits, workItems,
                    deadline, deadlineText, remark, statedStatus, kpis);
        }
    }
}
