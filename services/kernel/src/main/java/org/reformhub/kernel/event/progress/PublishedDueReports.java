package org.reformhub.kernel.event.progress;

import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;

import org.reformhub.kernel.event.CloudEvent;

import static org.reformhub.kernel.event.read.EventFields.*;

/**
 * Reports of a period announced as due ({@code reform.progress.report.due.v1}): for the dated or the ongoing (持续推进)
 * measures of a programme, by which day. Every field is needed.
 */
public record PublishedDueReports(String programme, String period, boolean ongoing, LocalDate dueDate) {

    public static final String TYPE = "reform.progress.report.due.v1";

    public static PublishedDueReports of(CloudEvent event) {
        JsonNode data = event.data();
        require(data, "programme", "period", "measureKind", "dueDate");
        return new PublishedDueReports(text(data, "programme"), text(data, "period"),
                "ONGOING".equals(text(data, "measureKind")), optionalDate(data, "dueDate"));
    }
}
