package org.reformhub.warehouse.load.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.reformhub.kernel.event.CloudEvent;

/**
 * Reading an event's fields for the star schema: a field the warehouse cannot do without, missing or not of its kind,
 * makes the event unreadable ({@link UnreadableEvent}, kept in the rejected table); optional ones read as null.
 */
final class JsonFields {

    private JsonFields() {
    }

    static Instant eventTime(CloudEvent event) {
        if (event.time() == null) {
            throw new UnreadableEvent("event without time");
        }
        return event.time();
    }

    static JsonNode object(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isObject()) {
            throw new UnreadableEvent("event without " + field);
        }
        return value;
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isValueNode() || value.isNull()) {
            throw new UnreadableEvent("event without " + field);
        }
        return value.asText();
    }

    static String optionalText(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText() : null;
    }

    static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    static long number(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isIntegralNumber()) {
            throw new UnreadableEvent("event without " + field);
        }
        return value.asLong();
    }

    static BigDecimal decimal(JsonNode node, String field) {
        return required(optionalDecimal(node, field), field);
    }

    static BigDecimal optionalDecimal(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNumber() ? value.decimalValue() : null;
    }

    static Boolean optionalBoolean(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isBoolean() ? value.asBoolean() : null;
    }

    static UUID uuid(JsonNode node, String field) {
        try {
            return UUID.fromString(text(node, field));
        } catch (IllegalArgumentException e) {
            throw new UnreadableEvent(field + " is not a UUID");
        }
    }

    static UUID optionalUuid(JsonNode node, String field) {
        return optionalText(node, field) == null ? null : uuid(node, field);
    }

    static LocalDate date(JsonNode node, String field) {
        return required(optionalDate(node, field), field);
    }

    static LocalDate optionalDate(JsonNode node, String field) {
        String value = optionalText(node, field);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UnreadableEvent(field + " is not a date: " + value);
        }
    }

    static Instant instant(JsonNode node, String field) {
        return required(optionalInstant(node, field), field);
    }

    static Instant optionalInstant(JsonNode node, String field) {
        String value = optionalText(node, field);
        try {
            return value == null ? null : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new UnreadableEvent(field + " is not a date-time: " + value);
        }
    }

    /** A value the warehouse cannot do without: missing (or empty text) makes the event unreadable. */
    static <T> T required(T value, String field) {
        if (value == null || "".equals(value)) {
            throw new UnreadableEvent("event without " + field);
        }
        return value;
    }
}
