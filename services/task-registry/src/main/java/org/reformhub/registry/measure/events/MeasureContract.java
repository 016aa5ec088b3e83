package org.reformhub.registry.measure.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.reformhub.kernel.event.OutgoingEvent;
import org.reformhub.registry.measure.domain.MeasureEvent;
import org.reformhub.registry.measure.domain.MeasureId;
import org.reformhub.registry.measure.domain.MeasureSnapshot;

/**
 * The published contract of measure events on {@code reform.registry} (docs/events/schemas). Key:
 * {@code <programme>/<code>}. Its own records, mapped from the domain: renaming a domain field does not
 * change what consumers read; a breaking change is a new {@code .v2} type beside this one.
 */
public final class MeasureContract {

    public static final String CREATED = "reform.registry.measure.created.v1";
    public static final String UPDATED = "reform.registry.measure.updated.v1";
    public static final String ARCHIVED = "reform.registry.measure.archived.v1";

    public record UnitV1(String code, String name) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DeadlineV1(String kind, LocalDate date) {
    }

    public record KpiV1(String name, String unit, BigDecimal baseline, BigDecimal target, String direction) {
    }

    public record MeasureV1(String programme, String code, String list, String domain, String title, String practice,
                            List<String> originPlaces, List<UnitV1> leadUnits, List<UnitV1> cooperatingUnits,
                            List<String> workItems, DeadlineV1 deadline, String deadlineText, String remark,
                            String statedStatus, List<KpiV1> kpis, boolean archived, Instant createdAt, Instant updatedAt,
                            long version) {
    }

    public record Body(MeasureV1 measure, List<String> changedFields) {
    }

    private MeasureContract() {
    }

    public static OutgoingEvent of(MeasureEvent event) {
        String type = event instanceof MeasureEvent.MeasureCreated ? CREATED
                : event instanceof MeasureEvent.MeasureUpdated ? UPDATED : ARCHIVED;
        return new OutgoingEvent(type, key(event.measure().id()), new Body(measure(event.measure()), event.changedFields()));
    }

    /** One measure's events share a key, so they stay in order on one partition. */
    public static String key(MeasureId id) {
        return id.toString();
    }

    static MeasureV1 measure(MeasureSnapshot m) {
        var c = m.content();
        return new MeasureV1(m.id().programme(), m.id().code(), c.list().name(), c.area(), c.title(), c.practice(),
                c.originPlaces(), c.leadUnits().stream().map(u -> new UnitV1(u.code(), u.name())).toList(),
                c.cooperatingUnits().stream().map(u -> new UnitV1(u.code(), u.name())).toList(), c.workItems(),
                c.deadline() == null ? null
                        : new DeadlineV1(c.deadline().kind().name(), c.deadline().date()),
                c.deadlineText(), c.remark(), c.statedStatus().name(),
                c.kpis().stream().map(k -> new KpiV1(k.name(), k.unit(), k.baseline(), k.target(), k.direction().name())).toList(),
                m.archived(), m.createdAt(), m.updatedAt(), m.version());
    }
}
