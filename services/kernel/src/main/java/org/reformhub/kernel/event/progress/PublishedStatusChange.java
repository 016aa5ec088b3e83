package org.reformhub.kernel.event.progress;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.reformhub.kernel.event.CloudEvent;

import static org.reformhub.kernel.event.read.EventFields.*;

/**
 * A measure's official status changed ({@code reform.progress.measure.status-changed.v1}) when a report was approved:
 * from what, to what, for which period and by which report. The status is what every consumer needs.
 */
public record PublishedStatusChange(MeasureRef measure, String previousStatus, String status, String period,
                                    UUID reportId, Instant approvedAt) {

    public static final String TYPE = "reform.progress.measure.status-changed.v1";

    public static PublishedStatusChange of(CloudEvent event) {
        JsonNode data = event.data();
        return new PublishedStatusChange(MeasureRef.of(data), optionalText(data, "previousStatus"), text(data, "status"),
                optionalText(data, "period"), optionalUuid(data, "reportId"), optionalInstant(data, "approvedAt"));
    }
}
