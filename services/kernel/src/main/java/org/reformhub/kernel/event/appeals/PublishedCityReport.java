package org.reformhub.kernel.event.appeals;

import com.fasterxml.jackson.databind.JsonNode;

import org.reformhub.kernel.event.CloudEvent;

import static org.reformhub.kernel.event.read.EventFields.*;

/**
 * A report sent to the city government ({@code reform.appeals.report.published.v1}): the monthly report or an
 * escalation, with its month (null for an escalation) and title.
 */
public record PublishedCityReport(String id, String kind, String month, String title) {

    public static final String TYPE = "reform.appeals.report.published.v1";

    public static PublishedCityReport of(CloudEvent event) {
        JsonNode r = object(event.data(), "report");
        require(r, "kind", "title");
        return new PublishedCityReport(optionalText(r, "id"), text(r, "kind"), optionalText(r, "month"), text(r, "title"));
    }
}
