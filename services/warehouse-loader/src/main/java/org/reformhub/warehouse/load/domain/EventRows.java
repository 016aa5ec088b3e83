package org.reformhub.warehouse.load.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;

import com.fasterxml.jackson.databind.JsonNode;

import org.reformhub.kernel.event.CloudEvent;
import org.reformhub.kernel.city.CityTime;

/**
 * Which rows each event type gives (the published contracts, docs/events/schemas). One entry per type: a new type
 * of a producer is one more line here and, when it brings a new fact, one more row type and table. Fields the
 * warehouse does not know are ignored (additive changes keep a type's version); a type it does not know is skipped.
 */
public final class EventRows {

    /** Deadlines, stages and date keys are days in the city's time zone. */

    /** 非常满意, 满意 and 基本满意 count as satisfied, as in the appeal channel's own figures. */
    public static final Map<String, Integer> RATING_SCORES = Map.of("VERY_SATISFIED", 5, "SATISFIED", 4,
            "BASICALLY_SATISFIED", 3, "DISSATISFIED", 2, "VERY_DISSATISFIED", 1);

    private static final List<String> APPEAL_STEPS = List.of("filed", "accepted", "rejected", "assigned", "sent-back",
            "answered", "rated", "reopened", "extended", "sla-warning", "overdue", "merged", "closed", "time-limit-set",
            "tagged", "level-changed");

    /**
     * Known types whose facts the star schema takes from other events (a due date announced, an overdue measure
     * detected, a session's or a report's publication): loaded as nothing, and not counted as unknown.
     */
    static final Set<String> KNOWN_WITHOUT_ROWS = Set.of("reform.progress.report.due.v1",
            "reform.progress.measure.overdue.v1", "reform.appeals.session.held.v1", "reform.appeals.session.invited.v1",
            "reform.appeals.report.published.v1",
            // personal data (an enterprise's contact person, phone, e-mail): never in the warehouse
            "reform.appeals.appeal-contact.recorded.v1");

    private final Map<String, BiConsumer<CloudEvent, List<StarRow>>> readers = new HashMap<>();

    public EventRows() {
        for (String step : List.of("created", "updated", "closed", "reopened")) {
            readers.put("reform.registry.programme." + step + ".v1", EventRows::programme);
        }
        for (String step : List.of("created", "updated", "archived")) {
            readers.put("reform.registry.measure." + step + ".v1", EventRows::measure);
        }
        for (String step : List.of("created", "updated", "merged")) {
            readers.put("reform.registry.department." + step + ".v1", EventRows::department);
        }
        for (String step : List.of("submitted", "approved", "returned")) {
            readers.put("reform.progress.report." + step + ".v1", EventRows::report);
        }
        readers.put("reform.progress.measure.status-changed.v1", EventRows::statusChange);
        readers.put("reform.progress.kpi.recorded.v1", EventRows::kpi);
        readers.put("reform.progress.report.missing.v1", EventRows::missingReport);
        for (String step : APPEAL_STEPS) {
            readers.put("reform.appeals.appeal." + step + ".v1", EventRows::appeal);
        }
        readers.put("reform.appeals.calendar.year-set.v1", EventRows::calendarYear);
        readers.put("reform.notifications.delivery.sent.v1", EventRows::delivery);
        readers.put("reform.notifications.delivery.failed.v1", EventRows::delivery);
        for (String step : List.of("issued", "acknowledged", "replied", "escalated")) {
            readers.put("reform.notifications.supervision." + step + ".v1", EventRows::supervisionNotice);
        }
        KNOWN_WITHOUT_ROWS.forEach(type -> readers.put(type, (event, rows) -> { }));
    }

    public boolean knows(String type) {
        return readers.containsKey(type);
    }

    /**
     * Adds the event's rows to the batch.
     * @return false for a type this loader does not know (nothing added)
     * @throws UnreadableEvent when a known type lacks a field the warehouse cannot do without
     */
    public boolean read(CloudEvent event, RowBatch rows) {
        BiConsumer<CloudEvent, List<StarRow>> reader = readers.get(event.type());
        if (reader == null) {
            return false;
        }
        if (event.data() == null || !event.data().isObject()) {
            throw new UnreadableEvent("event without data");
        }
        // read the event's rows first: an unreadable event adds nothing to the batch
        List<StarRow> read = new ArrayList<>(4);
        reader.accept(event, read);
        read.forEach(rows::add);
        return true;
    }

    public static int dateKey(LocalDate day) {
        return day.getYear() * 10000 + day.getMonthValue() * 100 + day.getDayOfMonth();
    }

    public static int dateKey(Instant instant) {
        return dateKey(CityTime.dateOf(instant));
    }

    // ---- registry -------------------------------------------------------------------------------------------------

    private static void programme(CloudEvent event, List<StarRow> rows) {
        JsonNode p = object(event.data(), "programme");
        rows.add(new StarRow.Programme(text(p, "code"), text(p, "title"), optionalText(p, "issuingBody"),
                optionalText(p, "documentNumber"), optionalDate(p, "issuedOn"), text(p, "status"), instant(p, "createdAt"),
                number(p, "version")));
    }

    private static void measure(CloudEvent event, List<StarRow> rows) {
        JsonNode m = object(event.data(), "measure");
        String programme = text(m, "programme");
        String code = text(m, "code");
        Instant asOf = instant(m, "updatedAt");
        List<String> leads = unitCodes(m.path("leadUnits"), asOf, rows);
        List<String> cooperating = unitCodes(m.path("cooperatingUnits"), asOf, rows);
        JsonNode deadline = m.path("deadline");
        rows.add(new StarRow.Measure(programme + "/" + code, programme, code, text(m, "list"), text(m, "domain"),
                text(m, "title"), leads, cooperating, optionalText(deadline, "kind"), optionalDate(deadline, "date"),
                m.path("statedStatus").asText("NOT_STATED"), m.path("archived").asBoolean(false), instant(m, "createdAt"),
                number(m, "version")));
    }

    /** The units a measure names, as codes; each also names its department (late-arriving dimension members). */
    private static List<String> unitCodes(JsonNode units, Instant asOf, List<StarRow> rows) {
        List<String> codes = new ArrayList<>();
        for (JsonNode unit : units) {
            String code = text(unit, "code");
            codes.add(code);
            rows.add(StarRow.Department.named(code, optionalText(unit, "name"), asOf));
        }
        return codes;
    }

    private static void department(CloudEvent event, List<StarRow> rows) {
        JsonNode d = object(event.data(), "department");
        rows.add(StarRow.Department.announced(text(d, "code"), text(d, "name"), optionalText(d, "kind"),
                optionalText(d, "mergedInto"), d.path("needsReview").asBoolean(false), eventTime(event),
                number(d, "version")));
    }

    // ---- progress -------------------------------------------------------------------------------------------------

    private static void report(CloudEvent event, List<StarRow> rows) {
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

    private static void statusChange(CloudEvent event, List<StarRow> rows) {
        JsonNode data = event.data();
        JsonNode m = object(data, "measure");
        String programme = text(m, "programme");
        rows.add(new StarRow.StatusChange(event.id(), programme + "/" + text(m, "code"), programme,
                optionalText(data, "previousStatus"), text(data, "status"), text(data, "period"), uuid(data, "reportId"),
                instant(data, "approvedAt")));
    }

    private static void kpi(CloudEvent event, List<StarRow> rows) {
        JsonNode data = event.data();
        JsonNode m = object(data, "measure");
        rows.add(new StarRow.KpiValue(event.id(), text(m, "programme") + "/" + text(m, "code"), uuid(data, "reportId"),
                text(data, "period"), text(data, "name"), data.path("unit").asText(""), optionalDecimal(data, "baseline"),
                optionalDecimal(data, "target"), decimal(data, "value"), optionalDecimal(data, "previousValue"),
                instant(data, "recordedAt")));
    }

    private static void missingReport(CloudEvent event, List<StarRow> rows) {
        JsonNode data = event.data();
        String dept = text(data, "dept");
        rows.add(new StarRow.MissingReport(event.id(), text(data, "programme") + "/" + text(data, "code"), dept,
                text(data, "period"), date(data, "dueDate"), data.path("daysLate").asInt(0), date(data, "detectedOn")));
        rows.add(StarRow.Department.mentioned(dept, eventTime(event)));
    }

    // ---- appeals --------------------------------------------------------------------------------------------------

    private static void appeal(CloudEvent event, List<StarRow> rows) {
        JsonNode a = object(event.data(), "appeal");
        String caseNumber = text(a, "caseNumber");
        String category = text(a, "category");
        String leadUnit = optionalText(a, "leadUnit");
        List<String> cooperating = texts(a.path("cooperatingUnits"));
        String rating = optionalText(a, "rating");
        Instant filedAt = instant(a, "filedAt");
        rows.add(new StarRow.Appeal(caseNumber, uuid(a, "id"), category, leadUnit, cooperating, text(a, "district"),
                text(a, "channel"), a.path("urgent").asBoolean(false), a.path("supervised").asBoolean(false),
                text(a, "status"), a.path("timeLimitDays").asInt(), date(a, "dueDate"), filedAt,
                optionalInstant(a, "acceptedAt"), optionalInstant(a, "assignedAt"), optionalInstant(a, "answeredAt"),
                optionalBoolean(a, "answeredOnTime"), optionalText(a, "outcome"), optionalDate(a, "committedDate"), rating,
                optionalInstant(a, "ratedAt"), optionalInstant(a, "closedAt"), a.path("reopenCount").asInt(0),
                optionalText(a, "duplicateOf"), texts(a.path("measures")), number(a, "version")));
        rows.add(new StarRow.Category(category, optionalText(a, "categoryName"), eventTime(event)));
        if (leadUnit != null) {
            rows.add(StarRow.Department.mentioned(leadUnit, eventTime(event)));
        }
        cooperating.forEach(unit -> rows.add(StarRow.Department.mentioned(unit, eventTime(event))));
        if (event.type().equals("reform.appeals.appeal.rated.v1")) {
            Integer score = RATING_SCORES.get(rating);
            if (score == null) {
                throw new UnreadableEvent("a rated appeal without a known rating: " + rating);
            }
            rows.add(new StarRow.Rating(event.id(), caseNumber, leadUnit, category, rating, score, score >= 3,
                    instant(a, "ratedAt"), filedAt));
        }
    }

    private static void calendarYear(CloudEvent event, List<StarRow> rows) {
        JsonNode data = event.data();
        List<StarRow.CalendarDay> days = new ArrayList<>();
        for (JsonNode day : data.path("days")) {
            String kind = text(day, "kind");
            if (!kind.equals("OFF") && !kind.equals("WORK")) {
                throw new UnreadableEvent("a calendar day is OFF or WORK, not " + kind);
            }
            days.add(new StarRow.CalendarDay(date(day, "day"), kind.equals("OFF"), optionalText(day, "holiday")));
        }
        rows.add(new StarRow.CalendarYear((int) number(data, "year"), instant(data, "setAt"), days));
    }

    // ---- notifications --------------------------------------------------------------------------------------------

    private static void delivery(CloudEvent event, List<StarRow> rows) {
        JsonNode d = object(event.data(), "delivery");
        boolean sent = event.type().endsWith(".sent.v1");
        // deliveryId: absent from the inbox deliveries announced before deliveries were rows of their own
        rows.add(new StarRow.Delivery(event.id(), optionalUuid(d, "deliveryId"), sent ? "SENT" : "FAILED", text(d, "channel"),
                text(d, "recipient"), text(d, "rule"), text(d, "category"), text(d, "severity"),
                text(d, "sourceEventType"), d.path("attempts").asInt(1), sent ? null : d.path("permanent").asBoolean(),
                instant(d, sent ? "sentAt" : "failedAt")));
    }

    private static void supervisionNotice(CloudEvent event, List<StarRow> rows) {
        JsonNode n = object(event.data(), "notice");
        String dept = text(n, "dept");
        rows.add(new StarRow.SupervisionNotice(uuid(n, "id"), text(n, "number"), text(n, "subjectKind"),
                text(n, "subjectRef"), dept, text(n, "status"), date(n, "replyDue"), instant(n, "issuedAt"),
                optionalInstant(n, "acknowledgedAt"), optionalInstant(n, "repliedAt"), optionalInstant(n, "escalatedAt"),
                n.path("repliedOnTime").asBoolean(false)));
        rows.add(StarRow.Department.mentioned(dept, eventTime(event)));
    }

    // ---- reading fields ---------------------------------------------------------------------------------------------

    private static Instant eventTime(CloudEvent event) {
        if (event.time() == null) {
            throw new UnreadableEvent("event without time");
        }
        return event.time();
    }

    private static JsonNode object(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isObject()) {
            throw new UnreadableEvent("event without " + field);
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isValueNode() || value.isNull()) {
            throw new UnreadableEvent("event without " + field);
        }
        return value.asText();
    }

    private static String optionalText(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText() : null;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static long number(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isIntegralNumber()) {
            throw new UnreadableEvent("event without " + field);
        }
        return value.asLong();
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        BigDecimal value = optionalDecimal(node, field);
        if (value == null) {
            throw new UnreadableEvent("event without " + field);
        }
        return value;
    }

    private static BigDecimal optionalDecimal(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNumber() ? value.decimalValue() : null;
    }

    private static Boolean optionalBoolean(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isBoolean() ? value.asBoolean() : null;
    }

    private static UUID uuid(JsonNode node, String field) {
        try {
            return UUID.fromString(text(node, field));
        } catch (IllegalArgumentException e) {
            throw new UnreadableEvent(field + " is not a UUID");
        }
    }

    private static UUID optionalUuid(JsonNode node, String field) {
        return optionalText(node, field) == null ? null : uuid(node, field);
    }

    private static LocalDate date(JsonNode node, String field) {
        LocalDate value = optionalDate(node, field);
        if (value == null) {
            throw new UnreadableEvent("event without " + field);
        }
        return value;
    }

    private static LocalDate optionalDate(JsonNode node, String field) {
        String value = optionalText(node, field);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UnreadableEvent(field + " is not a date: " + value);
        }
    }

    private static Instant instant(JsonNode node, String field) {
        Instant value = optionalInstant(node, field);
        if (value == null) {
            throw new UnreadableEvent("event without " + field);
        }
        return value;
    }

    private static Instant optionalInstant(JsonNode node, String field) {
        String value = optionalText(node, field);
        try {
            return value == null ? null : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new UnreadableEvent(field + " is not a date-time: " + value);
        }
    }
}
