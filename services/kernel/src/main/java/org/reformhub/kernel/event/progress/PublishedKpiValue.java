package org.reformhub.kernel.event.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.reformhub.kernel.event.CloudEvent;

import static org.reformhub.kernel.event.read.EventFields.*;

/**
 * A key figure's value recorded by an approved report ({@code reform.progress.kpi.recorded.v1}): the figure (name,
 * unit, baseline, target) and its value now and before. The name and the value are what every consumer needs.
 */
public record PublishedKpiValue(MeasureRef measure, UUID reportId, String period, Figure figure, BigDecimal value,
                                BigDecimal previousValue, Instant recordedAt) {

    public static final String TYPE = "reform.progress.kpi.recorded.v1";

    /** The key figure as the measure defines it; baseline and target may be unknown. */
    public record Figure(String name, String unit, BigDecimal baseline, BigDecimal target) {
    }

    public static PublishedKpiValue of(CloudEvent event) {
        JsonNode data = event.data();
        return new PublishedKpiValue(MeasureRef.of(data), optionalUuid(data, "reportId"), optionalText(data, "period"),
                new Figure(text(data, "name"), data.path("unit").asText(""), optionalDecimal(data, "baseline"),
                        optionalDecimal(data, "target")),
                required(optionalDecimal(data, "value"), "value"), optionalDecimal(data, "previousValue"),
                optionalInstant(data, "recordedAt"));
    }
}
