package org.reformhub.kernel.event.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.reformhub.kernel.event.CloudEvent;

import static org.reformhub.kernel.event.read.EventFields.*;

/**
 * A progress report as published ({@code reform.progress.report.submitted|approved|returned.v1}, {@code data.report}):
 * whose report for which measure and period, and where it stands. Programme, code, department and period are what
 * every consumer needs; the rest reads as null when absent (a consumer that needs more says so with
 * {@code EventFields.required}). The report's text (narrative, work items, problems) is read by no consumer yet.
 */
public record PublishedReport(UUID id, String programme, String code, String dept, String kind, String source,
                              String period, LocalDate dueDate, String status, String claimedStatus, Review review,
                              Boolean onTime, Times times, Long version) {

    public static final List<String> TYPES = List.of("reform.progress.report.submitted.v1",
            "reform.progress.report.approved.v1", "reform.progress.report.returned.v1");

    /** Who reviewed it and how often it came back (退回). */
    public record Review(String reviewedBy, String returnReason, int timesReturned) {
    }

    /** When it was drafted, first and last submitted, and reviewed. */
    public record Times(Instant createdAt, Instant firstSubmittedAt, Instant submittedAt, Instant reviewedAt) {
    }

    public static PublishedReport of(CloudEvent event) {
        JsonNode r = object(event.data(), "report");
        require(r, "programme", "code", "dept", "period");
        return new PublishedReport(optionalUuid(r, "id"), text(r, "programme"), text(r, "code"), text(r, "dept"),
                optionalText(r, "kind"), r.path("source").asText("REPORTED"), text(r, "period"), optionalDate(r, "dueDate"),
                optionalText(r, "status"), optionalText(r, "claimedStatus"),
                new Review(optionalText(r, "reviewedBy"), optionalText(r, "returnReason"), r.path("timesReturned").asInt(0)),
                optionalBoolean(r, "onTime"),
                new Times(optionalInstant(r, "createdAt"), optionalInstant(r, "firstSubmittedAt"),
                        optionalInstant(r, "submittedAt"), optionalInstant(r, "reviewedAt")),
                optionalNumber(r, "version"));
    }

    public String measureKey() {
        return MeasureRef.key(programme, code);
    }
}
