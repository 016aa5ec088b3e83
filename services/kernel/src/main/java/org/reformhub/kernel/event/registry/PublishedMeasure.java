package org.reformhub.kernel.event.registry;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.reformhub.kernel.event.CloudEvent;
import org.reformhub.kernel.event.InvalidEventException;

import static org.reformhub.kernel.event.read.EventFields.optionalDate;
import static org.reformhub.kernel.event.read.EventFields.optionalInstant;
import static org.reformhub.kernel.event.read.EventFields.optionalNumber;
import static org.reformhub.kernel.event.read.EventFields.optionalText;
import static org.reformhub.kernel.event.read.EventFields.texts;

/**
 * A measure as the registry publishes it ({@code reform.registry.measure.created|updated|archived.v1}, schemas in
 * docs/events/schemas): its full state, read in one place for every consumer. A field no consumer can do without
 * (programme, code, title, the lead units) missing, or a date that is not one, makes the event invalid (the kernel
 * dead-letters it); fields a consumer does not know are ignored, as the contracts promise.
 */
public record PublishedMeasure(String programme, String code, String list, String domain, String title, String practice,
                               List<Unit> leadUnits, List<Unit> cooperatingUnits, List<String> workItems,
                               Deadline deadline, String statedStatus, String remark, List<Kpi> kpis, boolean archived,
                               Instant createdAt, Instant updatedAt, Long version) {

    /** The event types that carry a measure. */
    public static final List<String> TYPES = List.of("reform.registry.measure.created.v1",
            "reform.registry.measure.updated.v1", "reform.registry.measure.archived.v1");

    public static final String CREATED = "reform.registry.measure.created.v1";

    /** A responsible unit: its code in the department catalogue and its name at the time of the event. */
    public record Unit(String code, String name) {

        /** The units of an array as every event writes them ({@code [{"code":…,"name":…}]}); none when absent. */
        public static List<Unit> readAll(JsonNode array) {
            List<Unit> units = new ArrayList<>();
            array.forEach(u -> units.add(new Unit(u.path("code").asText(), u.path("name").asText())));
            return List.copyOf(units);
        }
    }

    /**
     * 完成时限: {@code kind} DATE with its {@code date}, or ONGOING (持续推进); {@code text} as the table wrote it (null
     * when set through the API). The whole deadline is {@link #NONE} when the table's could not be read.
     */
    public record Deadline(String kind, LocalDate date, String text) {

        public static final Deadline NONE = new Deadline(null, null, null);

        public boolean ongoing() {
            return "ONGOING".equals(kind);
        }

        /** The date a dated deadline falls on; null for an ongoing or unreadable one. */
        public LocalDate dueDate() {
            return "DATE".equals(kind) ? date : null;
        }
    }

    /** A key figure the measure is measured by, with its baseline and target (either may be unknown). */
    public record Kpi(String name, String unit, BigDecimal baseline, BigDecimal target, String direction) {
    }

    public static boolean carriedBy(CloudEvent event) {
        return TYPES.contains(event.type());
    }

    /** The measure an event carries ({@code data.measure}). */
    public static PublishedMeasure of(CloudEvent event) {
        return read(event.data().path("measure"));
    }

    public static PublishedMeasure read(JsonNode m) {
        for (String required : List.of("programme", "code", "title")) {
            if (!m.hasNonNull(required)) {
                throw new InvalidEventException("measure event without " + required);
            }
        }
        if (!m.path("leadUnits").isArray()) {
            throw new InvalidEventException("measure event without leadUnits");
        }
        JsonNode deadline = m.path("deadline");
        return new PublishedMeasure(m.path("programme").asText(), m.path("code").asText(), m.path("list").asText(""),
                m.path("domain").asText(""), m.path("title").asText(), m.path("practice").asText(""),
                Unit.readAll(m.path("leadUnits")), Unit.readAll(m.path("cooperatingUnits")), texts(m.path("workItems")),
                new Deadline(deadline.isObject() ? optionalText(deadline, "kind") : null,
                        deadline.isObject() ? optionalDate(deadline, "date") : null, optionalText(m, "deadlineText")),
                m.path("statedStatus").asText("NOT_STATED"), m.path("remark").asText(""), kpis(m.path("kpis")),
                m.path("archived").asBoolean(false), optionalInstant(m, "createdAt"), optionalInstant(m, "updatedAt"),
                optionalNumber(m, "version"));
    }

    /** The version, for a consumer that keeps only the newest state: an event without one cannot be ordered. */
    public long requireVersion() {
        if (version == null) {
            throw new InvalidEventException("measure event without version");
        }
        return version;
    }

    public List<String> leadUnitCodes() {
        return leadUnits.stream().map(Unit::code).toList();
    }

    /** Lead units first, then the cooperating units not already among them. */
    public List<String> responsibleUnitCodes() {
        List<String> codes = new ArrayList<>(leadUnitCodes());
        cooperatingUnits.stream().map(Unit::code).filter(c -> !codes.contains(c)).forEach(codes::add);
        return codes;
    }

    private static List<Kpi> kpis(JsonNode array) {
        List<Kpi> kpis = new ArrayList<>();
        array.forEach(k -> kpis.add(new Kpi(k.path("name").asText(), k.path("unit").asText(""), number(k.path("baseline")),
                number(k.path("target")), k.path("direction").asText(null))));
        return List.copyOf(kpis);
    }

    private static BigDecimal number(JsonNode value) {
        return value.isNumber() ? value.decimalValue() : null;
    }
}
