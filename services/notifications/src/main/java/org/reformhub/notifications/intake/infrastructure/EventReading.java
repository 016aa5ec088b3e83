package org.reformhub.notifications.intake.infrastructure;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.reformhub.kernel.event.InvalidEventException;
import org.reformhub.notifications.rule.domain.EventFacts;
import org.reformhub.kernel.event.registry.PublishedMeasure;

/**
 * Reads what the rules need from the published contracts (docs/events/schemas); an event without a field the
 * rules cannot do without is invalid (dead-lettered by the kernel), unknown fields are ignored.
 */
final class EventReading {

    private EventReading() {
    }

    /** A registry measure as the rules see it: who is responsible and the deadline as people read it. */
    static EventFacts.Measure measure(PublishedMeasure m) {
        String deadlineText = m.deadline().ongoing() ? "持续推进" : m.deadline().date() == null ? "" : m.deadline().date().toString();
        return new EventFacts.Measure(m.programme(), m.code(), m.title(), m.leadUnits().stream().map(EventReading::unit).toList(),
                m.cooperatingUnits().stream().map(EventReading::unit).toList(), deadlineText);
    }

    private static EventFacts.Unit unit(PublishedMeasure.Unit u) {
        return new EventFacts.Unit(u.code(), u.name());
    }

    /** progress's measure.overdue: the measure as progress reporting tracks it. */
    static EventFacts.Measure overdueMeasure(JsonNode data) {
        JsonNode m = data.path("measure");
        require(m, "programme", "code", "title");
        return new EventFacts.Measure(m.path("programme").asText(), m.path("code").asText(), m.path("title").asText(),
                units(m.path("leadUnits")), units(m.path("cooperatingUnits")), data.path("deadline").asText(""));
    }

    static EventFacts.Report report(JsonNode r) {
        require(r, "programme", "code", "dept", "period");
        return new EventFacts.Report(r.path("programme").asText(), r.path("code").asText(), r.path("dept").asText(),
                r.path("kind").asText(""), r.path("period").asText(), r.path("returnReason").asText(null));
    }

    static EventFacts.MissingReport missingReport(JsonNode r) {
        require(r, "programme", "code", "dept", "period");
        return new EventFacts.MissingReport(r.path("programme").asText(), r.path("code").asText(), r.path("dept").asText(),
                r.path("period").asText(), r.path("dueDate").asText(""), r.path("daysLate").asInt());
    }

    static EventFacts.DueReports dueReports(JsonNode d) {
        require(d, "programme", "period", "measureKind", "dueDate");
        return new EventFacts.DueReports(d.path("programme").asText(), d.path("period").asText(),
                "ONGOING".equals(d.path("measureKind").asText()), date(d.path("dueDate")));
    }

    static EventFacts.Appeal appeal(JsonNode data) {
        JsonNode a = data.path("appeal");
        require(a, "caseNumber", "uscc", "title", "status");
        require(data, "action");
        List<String> cooperating = new ArrayList<>();
        a.path("cooperatingUnits").forEach(u -> cooperating.add(u.asText()));
        return new EventFacts.Appeal(data.path("action").asText(), a.path("caseNumber").asText(), a.path("uscc").asText(),
                a.path("title").asText(), a.path("status").asText(), a.path("leadUnit").asText(null), cooperating,
                a.path("dueDate").asText(""), a.path("outcome").asText(null), data.path("note").asText(null),
                a.path("district").asText(null), null);
    }

    static EventFacts.SessionInvitation sessionInvitation(JsonNode s) {
        require(s, "id", "heldOn", "place", "title");
        List<EventFacts.Invitee> invitees = new ArrayList<>();
        s.path("invitees").forEach(i -> {
            List<String> cases = new ArrayList<>();
            i.path("cases").forEach(c -> cases.add(c.path("caseNumber").asText() + " " + c.path("title").asText()));
            invitees.add(new EventFacts.Invitee(i.path("kind").asText(), i.path("ref").asText(), i.path("name").asText(), cases));
        });
        return new EventFacts.SessionInvitation(s.path("id").asText(), s.path("heldOn").asText(), s.path("place").asText(),
                s.path("levelName").asText(s.path("level").asText()), s.path("title").asText(), invitees,
                instant(s.path("invitedAt")));
    }

    static EventFacts.CityReport cityReport(JsonNode r) {
        require(r, "kind", "title");
        return new EventFacts.CityReport(r.path("id").asText(null), r.path("kind").asText(), r.path("month").asText(null),
                r.path("title").asText());
    }

    static java.time.LocalDate date(JsonNode value) {
        try {
            return value.isTextual() ? java.time.LocalDate.parse(value.asText()) : null;
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidEventException("not a date: " + value.asText());
        }
    }

    static java.time.Instant instant(JsonNode value) {
        try {
            return value.isTextual() ? java.time.OffsetDateTime.parse(value.asText()).toInstant() : null;
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidEventException("not a date-time: " + value.asText());
        }
    }

    private static void require(JsonNode node, String... fields) {
        for (String field : fields) {
            if (!node.hasNonNull(field)) {
                throw new InvalidEventException("event without " + field);
            }
        }
    }

    private static List<EventFacts.Unit> units(JsonNode array) {
        List<EventFacts.Unit> units = new ArrayList<>();
        array.forEach(u -> units.add(new EventFacts.Unit(u.path("code").asText(), u.path("name").asText())));
        return units;
    }
}
