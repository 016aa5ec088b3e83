package org.reformhub.kernel.event.progress;

import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;

import org.reformhub.kernel.event.CloudEvent;

import static org.reformhub.kernel.event.read.EventFields.optionalDate;
import static org.reformhub.kernel.event.read.EventFields.optionalText;

/**
 * A measure found past its deadline and not done ({@code reform.progress.measure.overdue.v1}): its status, the
 * deadline as people read it, by how many days, and when it was found.
 */
public record PublishedOverdueMeasure(MeasureRef measure, String status, String deadline, int daysOverdue,
                                      LocalDate detectedOn) {

    public static final String TYPE = "reform.progress.measure.overdue.v1";

    public static PublishedOverdueMeasure of(CloudEvent event) {
        JsonNode data = event.data();
        return new PublishedOverdueMeasure(MeasureRef.of(data), optionalText(data, "status"), data.path("deadline").asText(""),
                data.path("daysOverdue").asInt(), optionalDate(data, "detectedOn"));
    }
}
