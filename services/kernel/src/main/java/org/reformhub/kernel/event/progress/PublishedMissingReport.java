package org.reformhub.kernel.event.progress;

import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;

import org.reformhub.kernel.event.CloudEvent;

import static org.reformhub.kernel.event.read.EventFields.*;

/**
 * A department's report that did not come by its due date ({@code reform.progress.report.missing.v1}). Programme,
 * code, department and period are what every consumer needs.
 */
public record PublishedMissingReport(String programme, String code, String dept, String period, LocalDate dueDate,
                                     int daysLate, LocalDate detectedOn) {

    public static final String TYPE = "reform.progress.report.missing.v1";

    public static PublishedMissingReport of(CloudEvent event) {
        JsonNode data = event.data();
        require(data, "programme", "code", "dept", "period");
        return new PublishedMissingReport(text(data, "programme"), text(data, "code"), text(data, "dept"),
                text(data, "period"), optionalDate(data, "dueDate"), data.path("daysLate").asInt(0),
                optionalDate(data, "detectedOn"));
    }

    public String measureKey() {
        return MeasureRef.key(programme, code);
    }
}
