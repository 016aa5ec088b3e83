package org.reformhub.registry.measure.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.reformhub.registry.measure.domain.Kpi;
import org.reformhub.registry.measure.domain.MeasureChange;
import org.reformhub.registry.measure.domain.MeasureContent;
import org.reformhub.registry.department.domain.ResponsibleUnit;
import org.reformhub.registry.measure.domain.MeasureSnapshot;

/** A measure as the REST API shows it: the API's own record, mapped from the domain. */
public record MeasureResponse(String programme, String code,
                              org.reformhub.registry.measure.domain.MeasureList list, String domain, String title,
                              @Schema(nullable = true) String practice,
                              List<String> originPlaces, List<Unit> leadUnits, List<Unit> cooperatingUnits,
                              List<String> workItems, @Schema(nullable = true) Deadline deadline,
                              @Schema(nullable = true) String deadlineText, @Schema(nullable = true) String remark,
                              org.reformhub.registry.measure.domain.StatedStatus statedStatus,
                              List<KpiValue> kpis, boolean archived, Instant createdAt,
                              Instant updatedAt, long version) {

    public record Unit(@Schema(nullable = true) String code, String name) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Deadline(org.reformhub.registry.measure.domain.Deadline.Kind kind,
                           @Schema(nullable = true) LocalDate date) {
    }

    public record KpiValue(String name, @Schema(nullable = true) String unit, @Schema(nullable = true) BigDecimal baseline,
                           @Schema(nullable = true) BigDecimal target, @Schema(nullable = true) Kpi.Direction direction) {
    }

    /** One entry of a measure's history. */
    public record HistoryEntry(Instant changedAt, String changedBy, String source, List<MeasureContent.FieldChange> changes) {
        static HistoryEntry of(MeasureChange.Entry entry) {
            return new HistoryEntry(entry.changedAt(), entry.changedBy(), entry.source(), entry.changes());
        }
    }

    public record History(String programme, String code, List<HistoryEntry> entries) {
    }

    static MeasureResponse of(MeasureSnapshot m) {
        MeasureContent c = m.content();
        return new MeasureResponse(m.id().programme(), m.id().code(), c.list(), c.area(), c.title(), c.practice(),
                c.originPlaces(), units(c.leadUnits()), units(c.cooperatingUnits()), c.workItems(), deadline(c),
                c.deadlineText(), c.remark(), c.statedStatus(),
                kpis(c),
                m.archived(), m.createdAt(), m.updatedAt(), m.version());
    }

    /** The units as the API writes them (code and name); the table import's preview writes them the same way. */
    public static List<Unit> units(List<ResponsibleUnit> units) {
        return units.stream().map(u -> new Unit(u.code(), u.name())).toList();
    }

    public static Deadline deadline(MeasureContent c) {
        return c.deadline() == null ? null : new Deadline(c.deadline().kind(), c.deadline().date());
    }

    public static List<KpiValue> kpis(MeasureContent c) {
        return c.kpis().stream().map(k -> new KpiValue(k.name(), k.unit(), k.baseline(), k.target(), k.direction())).toList();
    }
}
