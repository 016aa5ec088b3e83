package org.reformhub.warehouse.load.domain;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.reformhub.kernel.event.CloudEvent;

import static org.reformhub.warehouse.load.domain.JsonFields.*;

/** The rows of progress reporting's events: reports, official status changes, KPI values, missing reports. */
final class ProgressRows {

    private ProgressRows() {
    }

    static void report(CloudEvent event, List<StarRow> rows) {
        JsonNode r = object(event.data(), "report");
        String programme = text(r, "programme");
        String dept = text(r, "dept");
        rows.add(new StarRow.Report(uuid(r, "id"), programme + "/" + text(r, "code"), programme, dept, text(r, "kind"),
                r.path("source").asText("REPORTED"), text(r, "period"), date(r, "dueDate"), text(r, "status"),
                text(r, "claimedStatus"), optionalBoolean(r, "onTime"), r.path("timesReturned").asInt(0),
                instant(r, "createdAt"), optionalInstant(r, "firstSubmittedAt"), optionalInstant(r, "submittedAt"),
                optionalInstant(r, "reviewedAt"), optionalText(r, "reviewedBy"), number(r, "version")));
        rows.add(StarRow.Department.mentioned(dept, eventTime(event)));
    }

    static void statusChange(CloudEvent event, List<StarRow> rows) {
        JsonNode data = event.data();
        JsonNode m = object(data, "measure");
        String programme = text(m, "programme");
        rows.add(new StarRow.StatusChange(event.id(), programme + "/" + text(m, "code"), programme,
                optionalText(data, "previousStatus"), text(data, "status"), text(data, "period"), uuid(data, "reportId"),
                instant(data, "approvedAt")));
    }

    static void kpi(CloudEvent event, List<StarRow> rows) {
        JsonNode data = event.data();
        JsonNode m = object(data, "measure");
        rows.add(new StarRow.KpiValue(event.id(), text(m, "programme") + "/" + text(m, "code"), uuid(data, "reportId"),
                text(data, "period"), text(data, "name"), data.path("unit").asText(""), optionalDecimal(data, "baseline"),
                optionalDecimal(data, "target"), decimal(data, "value"), optionalDecimal(data, "previousValue"),
                instant(data, "recordedAt")));
    }

    static void missingReport(CloudEvent event, List<StarRow> rows) {
        JsonNode data = event.data();
        String dept = text(data, "dept");
        rows.add(new StarRow.MissingReport(event.id(), text(data, "programme") + "/" + text(data, "code"), dept,
                text(data, "period"), date(data, "dueDate"), data.path("daysLate").asInt(0), date(data, "detectedOn")));
        rows.add(StarRow.Department.mentioned(dept, eventTime(event)));
    }
}
